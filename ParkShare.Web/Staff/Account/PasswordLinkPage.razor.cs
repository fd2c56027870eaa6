using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using ParkShare.Core.Staff;

namespace ParkShare.Web.Staff.Account;

/// <summary>
/// The two pages behind a staff link whose token is the only gate: an invite (the invitee chooses a password) and a
/// password reset an Admin handed out (a new password; sessions from before end, as it renews the security stamp).
/// A link that names nothing answers 404 (the router's not-found page), one that was used, revoked or expired 410,
/// each with a page saying what to do; a good one takes a password and signs in.
/// </summary>
public sealed partial class PasswordLinkPage
{
    private const string Invite = "Invite";
    private const string Reset = "Reset";

    private string _kind = Invite;
    private StaffLinkView? _link;
    private IReadOnlyList<string> _errors = [];

    [Parameter]
    public string Token { get; set; } = string.Empty;

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromForm]
    private StaffPasswordInput? Input { get; set; }

    [Inject]
    private StaffInvitations Invitations { get; set; } = default!;

    [Inject]
    private StaffPasswordResets Resets { get; set; } = default!;

    [Inject]
    private SignInManager<ConsoleUser> SignIn { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IStringLocalizer<PasswordLinkPage> L { get; set; } = default!;

    private string FormName => _kind == Invite ? "accept-invite" : "reset-password";

    protected override async Task OnInitializedAsync()
    {
        _kind = HttpContext.Request.Path.StartsWithSegments("/account/reset", StringComparison.OrdinalIgnoreCase) ? Reset : Invite;
        Input ??= new();
        await LoadAsync();
    }

    private async Task CompleteAsync()
    {
        Input ??= new();
        var outcome = _kind == Invite
            ? await Invitations.AcceptAsync(Token, Input.Password, Input.Confirmation, HttpContext.RequestAborted)
            : await Resets.UseAsync(Token, Input.Password, Input.Confirmation, HttpContext.RequestAborted);
        if (outcome is { Succeeded: true, UserId: { } userId } && await SignIn.UserManager.FindByIdAsync(userId) is { } user)
        {
            await SignIn.SignInAsync(user, isPersistent: false);
            Navigation.NavigateTo("/", forceLoad: true);
            return;
        }

        await LoadAsync();
        _errors = StaffPasswordInput.Messages(outcome, L);
    }

    private async Task LoadAsync()
    {
        _link = _kind == Invite
            ? await Invitations.FindAsync(Token, HttpContext.RequestAborted)
            : await Resets.FindAsync(Token, HttpContext.RequestAborted);
        StaffPasswordInput.SetStatus(HttpContext, Navigation, _link);
    }
}
