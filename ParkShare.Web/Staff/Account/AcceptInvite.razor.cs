using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using ParkShare.Core.Staff;

namespace ParkShare.Web.Staff.Account;

/// <summary>
/// The invitee's page: the link's token is the only gate. A link that is unknown answers 404 (the router's not-found page), one that
/// was used, revoked or expired 410, each with a page saying what to do; a good one takes a password and signs in.
/// </summary>
public sealed partial class AcceptInvite
{
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
    private SignInManager<ConsoleUser> SignIn { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IStringLocalizer<AcceptInvite> L { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        Input ??= new();
        _link = await Invitations.FindAsync(Token, HttpContext.RequestAborted);
        StaffPasswordInput.SetStatus(HttpContext, Navigation, _link);
    }

    private async Task AcceptAsync()
    {
        Input ??= new();
        var outcome = await Invitations.AcceptAsync(Token, Input.Password, Input.Confirmation, HttpContext.RequestAborted);
        if (outcome is { Succeeded: true, UserId: { } userId } && await SignIn.UserManager.FindByIdAsync(userId) is { } user)
        {
            await SignIn.SignInAsync(user, isPersistent: false);
            Navigation.NavigateTo("/", forceLoad: true);
            return;
        }

        _link = await Invitations.FindAsync(Token, HttpContext.RequestAborted);
        StaffPasswordInput.SetStatus(HttpContext, Navigation, _link);
        _errors = StaffPasswordInput.Messages(outcome, L);
    }
}
