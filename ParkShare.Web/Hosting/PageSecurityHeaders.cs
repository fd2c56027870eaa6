namespace ParkShare.Web.Hosting;

/// <summary>
/// Every response outside /s (which has its own, stricter <see cref="Sharing.Links.ShareHeaders"/>):
/// a Content-Security-Policy that forbids framing (frame-ancestors 'none': no clickjacking of the
/// console or the driver pages), plugins and foreign origins; nosniff; a Referrer-Policy that never
/// sends a path (tokens live in paths) to another site. Driver pages (/m) show a car, a plate or a
/// token: never stored by a browser or a proxy.
/// </summary>
public sealed class PageSecurityHeaders(RequestDelegate next)
{
    /// <summary>Driver pages: their own script (m.js) only; inline style attributes colour the level maps.</summary>
    public const string MobilePolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; "
        + "object-src 'none'; base-uri 'self'; form-action 'self' https://open.weixin.qq.com; frame-ancestors 'none'";

    /// <summary>
    /// The console: Blazor's inline import map needs 'unsafe-inline' for scripts (no nonce support
    /// there yet), MudBlazor sets inline styles; the circuit's WebSocket is same-origin ('self').
    /// </summary>
    public const string ConsolePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
        + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public const string ReferrerPolicy = "strict-origin-when-cross-origin";

    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        if (!path.StartsWithSegments("/s"))
        {
            var mobile = path.StartsWithSegments("/m");
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = mobile ? MobilePolicy : ConsolePolicy;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = ReferrerPolicy;
                if (mobile)
                {
                    headers.CacheControl = "no-store";
                }

                return Task.CompletedTask;
            });
        }

        return next(context);
    }
}
