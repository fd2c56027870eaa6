namespace ParkShare.Web.Drivers;

/// <summary>
/// The mobile pages' sign-in: the same opaque driver session token the mini-program sends as a
/// bearer, kept in an HttpOnly cookie, so revoking a session or deleting the account signs both out.
/// </summary>
public static class DriverCookie
{
    public const string Name = "ParkShare.Driver";

    /// <summary>Scripts on the mobile pages send this header on API writes; another site's form cannot (CSRF).</summary>
    public const string CsrfHeader = "X-ParkShare-Csrf";

    public static void Append(HttpResponse response, string token, DateTimeOffset expiresAt) =>
        response.Cookies.Append(Name, token, new CookieOptions
        {
            HttpOnly = true,
            Secure = response.HttpContext.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            Path = "/",
            Expires = expiresAt,
            IsEssential = true,
        });

    public static void Delete(HttpResponse response) => response.Cookies.Delete(Name, new CookieOptions { Path = "/" });
}
