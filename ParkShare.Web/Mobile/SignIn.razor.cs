using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using ParkShare.Core.Drivers;
using ParkShare.Core.WeChat;
using ParkShare.Web.Drivers;
using ParkShare.Web.Hosting;

namespace ParkShare.Web.Mobile;

/// <summary>
/// Live: in WeChat's browser, straight on to WeChat's OAuth page (snsapi_base); elsewhere, "open in WeChat".
/// Sandbox: the "sign in as" picker, and ?oauth=NAME walks the same OAuth callback offline (code NAME).
/// </summary>
public sealed partial class SignIn
{
    private static readonly string[] Personas = ["driver-1", "driver-2", "driver-3"];
    private string? _error;

    [Inject]
    private DriverSessionService Sessions { get; set; } = default!;

    [Inject]
    private IOptions<WeChatOptions> WeChat { get; set; } = default!;

    [Inject]
    private IOptions<PublicSiteOptions> Site { get; set; } = default!;

    [Inject]
    private WeChatOAuthState OAuthState { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IStringLocalizer<SignIn> L { get; set; } = default!;

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromQuery]
    private string? ReturnUrl { get; set; }

    /// <summary>Sandbox only: the name the simulated WeChat authorize page answers for (its code).</summary>
    [SupplyParameterFromQuery(Name = "oauth")]
    private string? OAuthName { get; set; }

    [SupplyParameterFromForm(FormName = "signin")]
    private string? Persona { get; set; }

    [SupplyParameterFromForm(FormName = "signin")]
    private string? Name { get; set; }

    private string SandboxOAuthHref => $"m/signin?oauth=driver-1&returnUrl={Uri.EscapeDataString(MobilePaths.LocalOrHome(ReturnUrl))}";

    protected override void OnInitialized()
    {
        if (!HttpMethods.IsGet(HttpContext.Request.Method))
        {
            return;
        }

        if (!WeChat.Value.IsSandbox && IsWeChatBrowser(HttpContext.Request))
        {
            var state = OAuthState.Begin(HttpContext.Response, ReturnUrl);
            Navigation.NavigateTo(WeChatOAuthState.AuthorizeUrl(WeChat.Value.OfficialAccount.AppId, Site.Value.PublicBaseUrl, state));
        }
        else if (WeChat.Value.IsSandbox && OAuthName is { } name && IsName(name))
        {
            // The sandbox stands in for WeChat's authorize page: it "redirects back" with code = name.
            var state = OAuthState.Begin(HttpContext.Response, ReturnUrl);
            Navigation.NavigateTo($"{WeChatOAuthState.CallbackPath.TrimStart('/')}?code={Uri.EscapeDataString(name)}&state={state}");
        }
    }

    private async Task SignInAsync()
    {
        var name = (Persona ?? Name ?? string.Empty).Trim();
        if (!WeChat.Value.IsSandbox || !IsName(name))
        {
            _error = L["M.SignIn.BadName"];
            return;
        }

        var signIn = await Sessions.OpenSessionAsync(SandboxWeChatClient.OfficialAccountIdentity(name), HttpContext.RequestAborted);
        DriverCookie.Append(HttpContext.Response, signIn.Token, new DateTimeOffset(signIn.ExpiresAtUtc, TimeSpan.Zero));
        var next = MobilePaths.LocalOrHome(ReturnUrl);
        Navigation.NavigateTo(signIn.PrivacyNoticeAccepted ? next : $"m/privacy?returnUrl={Uri.EscapeDataString(next)}");
    }

    private static bool IsName(string name) =>
        name.Length is > 0 and <= 32 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <summary>WeChat's in-app browser says "MicroMessenger" in its User-Agent; OAuth works only there.</summary>
    internal static bool IsWeChatBrowser(HttpRequest request) =>
        request.Headers.UserAgent.ToString().Contains("MicroMessenger", StringComparison.OrdinalIgnoreCase);
}
