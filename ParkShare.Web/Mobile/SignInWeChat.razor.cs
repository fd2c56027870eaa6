using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using ParkShare.Core.Drivers;
using ParkShare.Core.WeChat;
using ParkShare.Web.Drivers;

namespace ParkShare.Web.Mobile;

/// <summary>
/// WeChat's OAuth (snsapi_base) return address: checks the state against this browser's cookie,
/// exchanges the code for the official-account openid, opens the driver session and goes on to the
/// privacy notice or the return URL. Anything wrong is a localized 4xx page (5xx only when WeChat
/// itself cannot answer), never an unhandled error.
/// </summary>
public sealed partial class SignInWeChat
{
    private const int MaxCodeLength = 256;
    private string? _error;

    [Inject]
    private DriverSessionService Sessions { get; set; } = default!;

    [Inject]
    private IWeChatClient WeChat { get; set; } = default!;

    [Inject]
    private WeChatOAuthState OAuthState { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IStringLocalizer<SignInWeChat> L { get; set; } = default!;

    [Inject]
    private ILogger<SignInWeChat> Logger { get; set; } = default!;

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromQuery]
    private string? Code { get; set; }

    [SupplyParameterFromQuery]
    private string? State { get; set; }

    private string Retry => "m/signin";

    protected override async Task OnInitializedAsync()
    {
        var returnUrl = OAuthState.Complete(HttpContext, State);
        if (returnUrl is null)
        {
            Refuse(StatusCodes.Status400BadRequest, "M.SignIn.BadState");
            return;
        }

        if (Code is not { Length: > 0 and <= MaxCodeLength } code)
        {
            Refuse(StatusCodes.Status400BadRequest, "M.SignIn.NoCode");
            return;
        }

        WeChatIdentity identity;
        try
        {
            identity = await WeChat.ExchangeOAuthCodeAsync(code, HttpContext.RequestAborted);
        }
        catch (WeChatException e)
        {
            Logger.LogInformation("WeChat OAuth sign-in refused with errcode {ErrorCode}", e.ErrorCode);
            if (e.IsBadLoginCode)
            {
                Refuse(StatusCodes.Status401Unauthorized, "M.SignIn.CodeRefused");
            }
            else
            {
                Refuse(e.IsTransient ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status502BadGateway, "M.SignIn.WeChatFailed");
            }

            return;
        }

        var signIn = await Sessions.OpenSessionAsync(identity, HttpContext.RequestAborted);
        DriverCookie.Append(HttpContext.Response, signIn.Token, new DateTimeOffset(signIn.ExpiresAtUtc, TimeSpan.Zero));
        Navigation.NavigateTo(signIn.PrivacyNoticeAccepted ? returnUrl : $"m/privacy?returnUrl={Uri.EscapeDataString(returnUrl)}");
    }

    private void Refuse(int status, string message)
    {
        HttpContext.Response.StatusCode = status;
        _error = L[message];
    }
}
