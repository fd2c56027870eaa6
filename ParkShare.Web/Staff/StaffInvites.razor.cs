using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MudBlazor;
using ParkShare.Core.Staff;
using ParkShare.Web.Lots;

namespace ParkShare.Web.Staff;

/// <summary>Invites: a form that yields a one-time link to hand over, and the open invites to re-issue or revoke.</summary>
public sealed partial class StaffInvites
{
    private IReadOnlyList<StaffInvite> _open = [];
    private string _email = string.Empty;
    private string _name = string.Empty;
    private string _role = ConsoleRoles.Operator;
    private IReadOnlyCollection<Guid> _lotIds = [];
    private string? _error;
    private (string Email, string Link, string Expires)? _issued;

    [Parameter, EditorRequired]
    public IReadOnlyList<LotListItem> Lots { get; set; } = [];

    [CascadingParameter]
    private Task<AuthenticationState> Auth { get; set; } = default!;

    [Inject]
    private ConsoleTime Time { get; set; } = default!;

    [Inject]
    private StaffInvitations Invitations { get; set; } = default!;

    [Inject]
    private IOptions<StaffOptions> Options { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IStringLocalizer<StaffInvites> L { get; set; } = default!;

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync() => _open = await Invitations.OpenAsync();

    private string LotName(Guid id) => Lots.FirstOrDefault(l => l.Id == id)?.Name ?? string.Empty;

    private async Task CreateAsync()
    {
        IReadOnlyCollection<Guid> lots = _role == ConsoleRoles.Operator ? [.. _lotIds] : [];
        var outcome = await Invitations.CreateAsync((await Auth).User, new StaffInviteRequest(_email, _name, _role, lots));
        _error = outcome.Succeeded ? null : L[$"Staff.Error.{outcome.Error}"].Value;
        if (outcome.Token is { } token)
        {
            Show(_email.Trim(), token);
            (_email, _name, _lotIds) = (string.Empty, string.Empty, []);
        }

        await LoadAsync();
    }

    private async Task ReissueAsync(StaffInvite invite)
    {
        var outcome = await Invitations.ReissueAsync((await Auth).User, invite.Id);
        if (outcome.Token is { } token)
        {
            Show(invite.Email, token);
        }
        else
        {
            Snackbar.Add(L[$"Staff.Error.{outcome.Error}"], Severity.Warning);
        }

        await LoadAsync();
    }

    private async Task RevokeAsync(StaffInvite invite)
    {
        var outcome = await Invitations.RevokeAsync((await Auth).User, invite.Id);
        Snackbar.Add(outcome.Succeeded ? L["Invite.RevokedNotice", invite.Email] : L[$"Staff.Error.{outcome.Error}"], outcome.Succeeded ? Severity.Success : Severity.Warning);
        if (_issued?.Email == invite.Email)
        {
            _issued = null;
        }

        await LoadAsync();
    }

    /// <summary>The console's own address: staff open these links where they reach the console, not the public share site.</summary>
    private void Show(string email, string token) =>
        _issued = (email, Navigation.ToAbsoluteUri($"/account/invite/{token}").ToString(), Time.FormatWithZone(Clock.GetUtcNow().UtcDateTime + Options.Value.InviteLifetime));
}
