using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using ParkShare.Core.Staff;

namespace ParkShare.Web.Staff.Account;

/// <summary>
/// A staff member's page for the reset link an Admin handed them: a new password, then signed in afresh
/// (sessions from before end, as the new password renews the security stamp). Bad links answer 404 or 410.
/// </summary>
public sealed partial class ResetPassword
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
    private StaffPasswordResets Resets { get; set; } = default!;

    [Inject]
    private SignInManager<ConsoleUser> SignIn { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IStringLocalizer<ResetPassword> L { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        Input ??= new();
        _link = await Resets.FindAsync(Token, HttpContext.RequestAborted);
        StaffPasswordInput.SetStatus(HttpContext, Navigation, _link);
    }

    private async Task ResetAsync()
    {
        Input ??= new();
        var outcome = await Resets.UseAsync(Token, Input.Password, Input.Confirmation, HttpContext.RequestAborted);
        if (outcome is { Succeeded: true, UserId: { } userId } && await SignIn.UserManager.FindByIdAsync(userId) is { } user)
        {
            await SignIn.SignInAsync(user, isPersistent: false);
            Navigation.NavigateTo("/", forceLoad: true);
            return;
        }

        _link = await Resets.FindAsync(Token, HttpContext.RequestAborted);
        StaffPasswordInput.SetStatus(HttpContext, Navigation, _link);
        _errors = StaffPasswordInput.Messages(outcome, L);
    }
}
