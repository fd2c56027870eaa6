using System.Globalization;
using Microsoft.AspNetCore.DataProtection;

namespace ParkShare.Web.Sharing.Links;

/// <summary>
/// A protected, HttpOnly cookie scoped to one link's path that proves something about this browser
/// and that link until it expires (the right PIN was given; this browser used the link's last view).
/// </summary>
public abstract class ShareLinkCookie(IDataProtectionProvider protection, TimeProvider clock, string name, string purpose, TimeSpan lifetime)
{
    private readonly IDataProtector _protector = protection.CreateProtector(purpose);

    public string Name => name;

    public TimeSpan Lifetime => lifetime;

    public void Issue(HttpContext context, string token, Guid linkId)
    {
        var expires = clock.GetUtcNow() + lifetime;
        context.Response.Cookies.Append(name, _protector.Protect($"{linkId:N}|{expires.ToUnixTimeSeconds()}"), new CookieOptions
        {
            HttpOnly = true,
            Secure = context.Request.IsHttps,
            SameSite = SameSiteMode.Strict,
            Path = $"/s/{token}",
            Expires = expires,
            IsEssential = true,
        });
    }

    public bool Proves(HttpContext context, Guid linkId) => ProvesValue(context.Request.Cookies[name], linkId);

    /// <summary>The cookie's protected value for a shorter lifetime, for a client that cannot hold cookies (the mini-program's image request).</summary>
    public string IssueValue(Guid linkId, TimeSpan valueLifetime) =>
        _protector.Protect($"{linkId:N}|{(clock.GetUtcNow() + valueLifetime).ToUnixTimeSeconds()}");

    /// <summary>Whether a protected value (the cookie's, or one from <see cref="IssueValue"/>) proves this link until now.</summary>
    public bool ProvesValue(string? protectedValue, Guid linkId)
    {
        try
        {
            var value = protectedValue is { Length: > 0 } cookie ? _protector.Unprotect(cookie).Split('|') : [];
            return value is [var id, var until] && id == linkId.ToString("N")
                && long.TryParse(until, CultureInfo.InvariantCulture, out var seconds) && clock.GetUtcNow().ToUnixTimeSeconds() < seconds;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return false;
        }
    }
}
