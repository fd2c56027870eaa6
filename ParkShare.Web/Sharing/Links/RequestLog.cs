using System.Diagnostics;

namespace ParkShare.Web.Sharing.Links;

/// <summary>
/// One line per request with the path's secrets blanked (a share link's token is the capability
/// itself). ASP.NET Core's own request lines, which carry the full URL, are switched off in
/// <see cref="SharingRegistration"/> so raising the log level cannot leak a token.
/// </summary>
public sealed partial class RequestLog(RequestDelegate next, ILogger<RequestLog> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        await next(context);
        if (logger.IsEnabled(LogLevel.Information))
        {
            Log(logger, context.Request.Method, Redact(context.Request.Path), context.Response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    /// <summary>"/s/{token}/qr.png" → "/s/***/qr.png", "/m/bind/{invite}" → "/m/bind/***", "/account/invite/{token}" → "/account/invite/***"; other paths as they are, without the query string.</summary>
    public static string Redact(PathString path)
    {
        var value = path.Value ?? string.Empty;
        if (path.StartsWithSegments("/m/bind", out var invite) && invite.HasValue)
        {
            return "/m/bind/***";
        }

        // Staff invite and password-reset links carry their token in the path too.
        foreach (var staffLink in (string[])["/account/invite", "/account/reset"])
        {
            if (path.StartsWithSegments(staffLink, StringComparison.OrdinalIgnoreCase, out var secret) && secret.HasValue)
            {
                return staffLink + "/***";
            }
        }

        if (!path.StartsWithSegments("/s", out var rest) || !rest.HasValue)
        {
            return value;
        }

        var tail = rest.Value!.TrimStart('/');
        var slash = tail.IndexOf('/', StringComparison.Ordinal);
        return "/s/***" + (slash < 0 ? string.Empty : tail[slash..]);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "HTTP {Method} {Path} {Status} in {Elapsed:0.0} ms")]
    private static partial void Log(ILogger logger, string method, string path, int status, double elapsed);
}
