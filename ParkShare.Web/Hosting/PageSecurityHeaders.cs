using Microsoft.Extensions.Options;

namespace ParkShare.Web.Hosting;

/// <summary>
/// Every response outside /s (which has its own, stricter <see cref="Sharing.Links.ShareHeaders"/>):
/// a Content-Security-Policy that forbids framing (frame-ancestors 'none': no clickjacking of the
/// console or the driver pages), plugins, inline scripts and foreign origins; nosniff; a Referrer-Policy
/// that never sends a path (tokens live in paths) to another site. Driver pages (/m) show a car, a plate
/// or a token: never stored by a browser or a proxy.
/// </summary>
public sealed class PageSecurityHeaders(RequestDelegate next, IOptions<PublicSiteOptions> site)
{
    public const string ReferrerPolicy = "strict-origin-when-cross-origin";

    // Share links' QR codes and posters are addressed under PublicBaseUrl (the mini-program needs absolute
    // URLs); the pages that show them may be reached under another name, so that origin may serve images too.
    private readonly string _images = "'self' data: blob:" + (Uri.TryCreate(site.Value.PublicBaseUrl, UriKind.Absolute, out var url)
        ? " " + url.GetLeftPart(UriPartial.Authority)
        : string.Empty);

    /// <summary>Driver pages: their own script (m.js) only; inline style attributes colour the level maps.</summary>
    public string MobilePolicy =>
        $"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src {_images}; connect-src 'self'; "
        + "object-src 'none'; base-uri 'self'; form-action 'self' https://open.weixin.qq.com; frame-ancestors 'none'";

    /// <summary>
    /// The console: scripts from this origin only, plus the one inline script Blazor writes, its import map,
    /// which carries this response's <see cref="CspNonce"/>. MudBlazor sets style attributes on its
    /// components (positions of popovers, sizes, colours) and Blazor writes them as it renders, which no nonce
    /// or hash can cover, so style-src keeps 'unsafe-inline'; the circuit's WebSocket is same-origin ('self').
    /// </summary>
    public string ConsolePolicy(string nonce) =>
        $"default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self' 'unsafe-inline'; img-src {_images}; font-src 'self' data:; "
        + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        if (!path.StartsWithSegments("/s"))
        {
            var mobile = path.StartsWithSegments("/m");
            var nonce = mobile ? null : CspNonce.Of(context);
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = nonce is null ? MobilePolicy : ConsolePolicy(nonce);
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
