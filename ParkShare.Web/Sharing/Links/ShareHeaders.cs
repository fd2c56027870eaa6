namespace ParkShare.Web.Sharing.Links;

/// <summary>
/// Every /s/ response: the link must not leak through a Referer, be indexed, be cached by a proxy or
/// the browser's history cache, nor run or load anything foreign.
/// </summary>
public sealed class ShareHeaders(RequestDelegate next)
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments("/s"))
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers["Referrer-Policy"] = "no-referrer";
                headers["X-Robots-Tag"] = "noindex, nofollow";
                headers.CacheControl = "no-store";
                headers["Content-Security-Policy"] = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                return Task.CompletedTask;
            });
        }

        return next(context);
    }
}
