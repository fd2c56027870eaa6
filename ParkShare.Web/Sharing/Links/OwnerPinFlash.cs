using System.Globalization;
using Microsoft.AspNetCore.DataProtection;

namespace ParkShare.Web.Sharing.Links;

/// <summary>
/// Only a hash of a link's PIN is stored, so the owner sees the PIN back once: for ten minutes after
/// creating the link, in a protected cookie on the owner's own phone (path /m/car), never in a URL.
/// </summary>
public sealed class OwnerPinFlash(IDataProtectionProvider protection, TimeProvider clock)
{
    public const string Name = "ps_newpin";
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
    private readonly IDataProtector _protector = protection.CreateProtector("ParkShare.Sharing.OwnerPin.v1");

    public void Issue(HttpContext context, Guid linkId, string pin)
    {
        var expires = clock.GetUtcNow() + Lifetime;
        context.Response.Cookies.Append(Name, _protector.Protect($"{linkId:N}|{expires.ToUnixTimeSeconds()}|{pin}"), new CookieOptions
        {
            HttpOnly = true,
            Secure = context.Request.IsHttps,
            SameSite = SameSiteMode.Strict,
            Path = "/m/car",
            Expires = expires,
            IsEssential = true,
        });
    }

    /// <summary>The PIN of <paramref name="linkId"/> when this phone created it within the last ten minutes.</summary>
    public string? Read(HttpContext context, Guid linkId)
    {
        try
        {
            var value = context.Request.Cookies[Name] is { } cookie ? _protector.Unprotect(cookie).Split('|', 3) : [];
            return value is [var id, var until, var pin] && id == linkId.ToString("N")
                && long.TryParse(until, CultureInfo.InvariantCulture, out var seconds) && clock.GetUtcNow().ToUnixTimeSeconds() < seconds ? pin : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
