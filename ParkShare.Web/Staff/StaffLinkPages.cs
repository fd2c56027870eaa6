using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using ParkShare.Web.Hosting;

namespace ParkShare.Web.Staff;

/// <summary>
/// The anonymous invite and password-reset pages: their token is the only gate, so requests are limited
/// per client address (guessing a 256-bit token is hopeless anyway; the limit keeps the pages cheap to serve).
/// </summary>
public static class StaffLinkPages
{
    public const string RateLimitPolicy = "staff-links";

    public static RateLimitPartition<string> Partition(HttpContext context)
    {
        var limit = ClusterOptions.PerNode(context.RequestServices, context.RequestServices.GetRequiredService<IOptions<StaffOptions>>().Value.LinkRequestsPerClientPerMinute);
        return limit == 0
            ? RateLimitPartition.GetNoLimiter("off")
            : RateLimitPartition.Get(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new SteadyFixedWindowLimiter(limit, TimeSpan.FromMinutes(1), context.RequestServices.GetRequiredService<TimeProvider>()));
    }
}
