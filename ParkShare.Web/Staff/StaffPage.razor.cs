using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using ParkShare.Web.Lots;

namespace ParkShare.Web.Staff;

/// <summary>
/// Admins manage staff: accounts (roles, lots, locks, password resets), invites and the staff log.
/// There is no public registration and no e-mail: the Admin hands over the links the page shows.
/// </summary>
public sealed partial class StaffPage
{
    private IReadOnlyList<LotListItem> _lots = [];

    [CascadingParameter]
    private Task<AuthenticationState> Auth { get; set; } = default!;

    [Inject]
    private LotAccess Access { get; set; } = default!;

    [Inject]
    private IStringLocalizer<StaffPage> L { get; set; } = default!;

    protected override async Task OnInitializedAsync() => _lots = await Access.VisibleLotsAsync((await Auth).User);
}
