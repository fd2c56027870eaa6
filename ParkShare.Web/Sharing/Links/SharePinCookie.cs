using System.Globalization;
using Microsoft.AspNetCore.DataProtection;

namespace ParkShare.Web.Sharing.Links;

/// <summary>After the right PIN a browser may open the link (and its photo) for 12 hours: a protected cookie scoped to the link's path.</summary>
public sealed class SharePinCookie(IDataProtectionProvider protection, TimeProvider clock)
{
    public const string Name = "ps_pin";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(12);
    private readonly IDataProtector _protector = protection.CreateProtector("ParkShare.Sharing.Pin.v1");

    public void Issue(HttpContext context, string token, Guid linkId)
    {
        var expires = clock.GetUtcNow() + Lifetime;
        context.Response.Cookies.Append(Name, _protector.Protect($"{linkId:N}|{expires.ToUnixTimeSeconds()}"), new CookieOptions
        {
            HttpOnly = true,
            Secure = context.Request.IsHttps,
            SameSite = SameSiteMode.Strict,
            Path = $"/s/{token}",
            Expires = expires,
            IsEssential = true,
        });
    }

    public bool Proves(HttpContext context, Guid linkId)
    {
        try
        {
            var value = context.Request.Cookies[Name] is { } cookie ? _protector.Unprotect(cookie).Split('|') : [];
            return value is [var id, var until] && id == linkId.ToString("N")
                && long.TryParse(until, CultureInfo.InvariantCulture, out var seconds) && clock.GetUtcNow().ToUnixTimeSeconds() < seconds;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return false;
        }
    }
}
