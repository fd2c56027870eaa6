using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MudBlazor;
using ParkShare.Web.Lots;
using ParkShare.Web.Lots.Editing;

namespace ParkShare.Web.Staff;

/// <summary>The staff list: role, lots, lock and password-reset links per member. Every action is refused or logged by the services.</summary>
public sealed partial class StaffMembers
{
    private IReadOnlyList<OperatorListItem> _staff = [];
    private string? _me;
    private int _version;
    private (string Email, string Link, string Expires)? _issued;

    [Parameter, EditorRequired]
    public IReadOnlyList<LotListItem> Lots { get; set; } = [];

    [CascadingParameter]
    private Task<AuthenticationState> Auth { get; set; } = default!;

    [Inject]
    private ConsoleTime Time { get; set; } = default!;

    [Inject]
    private StaffAdministration Administration { get; set; } = default!;

    [Inject]
    private StaffAccounts Accounts { get; set; } = default!;

    [Inject]
    private StaffPasswordResets Resets { get; set; } = default!;

    [Inject]
    private LotEditing Editing { get; set; } = default!;

    [Inject]
    private IOptions<StaffOptions> Options { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IStringLocalizer<StaffMembers> L { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _me = (await Auth).User.FindFirstValue(ClaimTypes.NameIdentifier);
        await LoadAsync();
    }

    /// <summary>Rows are rebuilt on every load, so a refused role change does not stay in its select.</summary>
    private async Task LoadAsync()
    {
        _staff = await Administration.ListAsync();
        _version++;
    }

    private string LotName(Guid id) => Lots.FirstOrDefault(l => l.Id == id)?.Name ?? string.Empty;

    private async Task AssignAsync(OperatorListItem member, IEnumerable<Guid>? lotIds)
    {
        await Administration.SetAssignmentsAsync(await Editing.ActorAsync((await Auth).User), member.Id, [.. lotIds ?? []]);
        Snackbar.Add(L["Staff.Assigned", member.Email], Severity.Success);
        await LoadAsync();
    }

    private async Task SetRoleAsync(OperatorListItem member, string role) =>
        await ReportAsync(await Accounts.SetRoleAsync((await Auth).User, member.Id, role), L["Staff.RoleChanged", member.Email]);

    private async Task LockAsync(OperatorListItem member) =>
        await ReportAsync(await Accounts.LockAsync((await Auth).User, member.Id), L["Staff.LockedNotice", member.Email]);

    private async Task UnlockAsync(OperatorListItem member) =>
        await ReportAsync(await Accounts.UnlockAsync((await Auth).User, member.Id), L["Staff.UnlockedNotice", member.Email]);

    private async Task ResetAsync(OperatorListItem member)
    {
        var outcome = await Resets.IssueAsync((await Auth).User, member.Id);
        if (outcome.Token is { } token)
        {
            // The console's own address: staff open these links where they reach the console, not the public share site.
            var expires = Time.FormatWithZone(Clock.GetUtcNow().UtcDateTime + Options.Value.ResetLifetime);
            _issued = (member.Email, Navigation.ToAbsoluteUri($"/account/reset/{token}").ToString(), expires);
        }

        await ReportAsync(outcome, null);
    }

    private async Task ReportAsync(StaffOutcome outcome, string? success)
    {
        if (!outcome.Succeeded)
        {
            Snackbar.Add(L[$"Staff.Error.{outcome.Error}"], Severity.Warning);
        }
        else if (success is not null)
        {
            Snackbar.Add(success, Severity.Success);
        }

        await LoadAsync();
    }
}
