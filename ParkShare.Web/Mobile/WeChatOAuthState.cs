using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;

namespace ParkShare.Web.Mobile;

/// <summary>
/// The CSRF state of the /m WeChat OAuth sign-in (snsapi_base): a random value sent to WeChat and
/// bound to this browser by an HttpOnly cookie (Data Protection, 10 minutes) that also carries the
/// mobile return URL. The callback accepts a state only with the cookie that holds it, once.
/// </summary>
public sealed class WeChatOAuthState(IDataProtectionProvider dataProtection)
{
    public const string CookieName = "ParkShare.WeChatOAuth";
    public const string CallbackPath = "/m/signin-wechat";
    public const string AuthorizeEndpoint = "https://open.weixin.qq.com/connect/oauth2/authorize";
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
    private const int MaxStateLength = 128;

    private readonly ITimeLimitedDataProtector _protector =
        dataProtection.CreateProtector("ParkShare.Mobile.WeChatOAuthState").ToTimeLimitedDataProtector();

    /// <summary>Starts a sign-in in this browser: the state for WeChat's authorize URL (its cookie is set on the response).</summary>
    public string Begin(HttpResponse response, string? returnUrl)
    {
        var state = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var cookie = _protector.Protect(state + "\n" + MobilePaths.LocalOrHome(returnUrl), Lifetime);
        response.Cookies.Append(CookieName, cookie, new CookieOptions
        {
            HttpOnly = true,
            Secure = response.HttpContext.Request.IsHttps,
            // WeChat's redirect back is a top-level GET navigation: Lax cookies come along.
            SameSite = SameSiteMode.Lax,
            Path = CallbackPath,
            MaxAge = Lifetime,
            IsEssential = true,
        });
        return state;
    }

    /// <summary>The return URL when <paramref name="state"/> is the one this browser's cookie holds; null otherwise. Uses the cookie up.</summary>
    public string? Complete(HttpContext context, string? state)
    {
        var cookie = context.Request.Cookies[CookieName];
        if (cookie is not null)
        {
            context.Response.Cookies.Delete(CookieName, new CookieOptions { Path = CallbackPath });
        }

        if (cookie is null || state is not { Length: > 0 and <= MaxStateLength })
        {
            return null;
        }

        string payload;
        try
        {
            payload = _protector.Unprotect(cookie, out _);
        }
        catch (CryptographicException)
        {
            return null;
        }

        var parts = payload.Split('\n', 2);
        return parts.Length == 2 && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(parts[0]), Encoding.UTF8.GetBytes(state))
            ? MobilePaths.LocalOrHome(parts[1])
            : null;
    }

    /// <summary>WeChat's authorize page for the official account, returning to <see cref="CallbackPath"/> on the public site.</summary>
    public static string AuthorizeUrl(string appId, string publicBaseUrl, string state) =>
        $"{AuthorizeEndpoint}?appid={Uri.EscapeDataString(appId)}"
        + $"&redirect_uri={Uri.EscapeDataString(publicBaseUrl.TrimEnd('/') + CallbackPath)}"
        + $"&response_type=code&scope=snsapi_base&state={state}#wechat_redirect";
}
