using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using ParkShare.Core.Lots;
using ParkShare.Web.Staff;

namespace ParkShare.Web.Lots;

/// <summary>
/// What every console page of one lot (<c>/console/lots/{LotId}/…</c>) does alike: the lot from the route, the
/// signed-in user, the access check (Admins and the lot's operators may edit, anyone assigned may see), the lot's
/// map, "not found" for a lot the user may not open (never "forbidden", which would confirm it exists), and the
/// lot's time zone. A page loads its own data in <see cref="LoadLotAsync"/>, which runs only once access is granted.
/// </summary>
public abstract class LotPageBase : ComponentBase
{
    [Parameter]
    public Guid LotId { get; set; }

    /// <summary>The lot as the editor last saved it; null while loading or when the user may not open it.</summary>
    protected LotMap? Map { get; private set; }

    /// <summary>The lot does not exist, or this user may not open it (the page says only "not found").</summary>
    protected bool NotFound { get; set; }

    /// <summary>The lot's time zone, for every time the page shows.</summary>
    protected TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;

    /// <summary>Whether the page changes the lot (and so needs edit rights) rather than only showing it.</summary>
    protected virtual bool EditsLot => false;

    [CascadingParameter]
    private Task<AuthenticationState> Authentication { get; set; } = default!;

    [Inject]
    private LotAccess Access { get; set; } = default!;

    [Inject]
    private LotMapCache Maps { get; set; } = default!;

    /// <summary>The signed-in staff member, passed explicitly to every check and write.</summary>
    protected async Task<ClaimsPrincipal> UserAsync() => (await Authentication).User;

    /// <summary>Whether the signed-in staff member may edit this lot (asked again of the database each time).</summary>
    protected async Task<bool> CanEditAsync() => await Access.CanEditAsync(await UserAsync(), LotId);

    protected override async Task OnParametersSetAsync() => await ReloadAsync();

    /// <summary>Checks access again and reloads the lot, then the page's own data (after a change, or to refresh).</summary>
    protected async Task ReloadAsync()
    {
        var user = await UserAsync();
        var allowed = EditsLot ? await Access.CanEditAsync(user, LotId) : await Access.CanSeeAsync(user, LotId);
        Map = allowed ? await Maps.GetAsync(LotId) : null;
        NotFound = Map is null;
        if (Map is { } map)
        {
            Zone = LotTime.Zone(map.TimeZoneId);
            await LoadLotAsync(map);
        }
    }

    /// <summary>The page's own data for the lot, once the user may open it.</summary>
    protected virtual Task LoadLotAsync(LotMap map) => Task.CompletedTask;
}
