using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using ParkShare.Core.Sharing.Links;
using ParkShare.Web.Hosting;

namespace ParkShare.Web.Sharing.Links;

/// <summary>
/// The share page's two limits (Sharing:MissesPerClientPerMinute, Sharing:ViewsPerLinkPerMinute):
/// a client that guessed too many tokens or PINs is stopped before any lookup; a link viewed too
/// often answers 429 while other links keep working. 0 switches a limit off.
/// </summary>
public sealed class ShareRateLimits : IDisposable
{
    private readonly PartitionedRateLimiter<string> _misses;
    private readonly PartitionedRateLimiter<string> _views;

    public ShareRateLimits(IOptions<SharingOptions> options, IOptions<ClusterOptions> cluster)
    {
        // Limits are per node: each enforces its share of the deployment's figure (see ClusterOptions).
        _misses = Limiter(ClusterOptions.PerNode(options.Value.MissesPerClientPerMinute, cluster.Value.Nodes));
        _views = Limiter(ClusterOptions.PerNode(options.Value.ViewsPerLinkPerMinute, cluster.Value.Nodes));
    }

    public static TimeSpan RetryAfter => TimeSpan.FromMinutes(1);

    /// <summary>True while the client still has misses left in this minute.</summary>
    public bool MayTry(string client) => _misses.GetStatistics(client) is not { CurrentAvailablePermits: 0 };

    public void Missed(string client)
    {
        using var lease = _misses.AttemptAcquire(client);
    }

    public bool MayView(Guid linkId)
    {
        using var lease = _views.AttemptAcquire(linkId.ToString());
        return lease.IsAcquired;
    }

    public void Dispose()
    {
        _misses.Dispose();
        _views.Dispose();
    }

    private static PartitionedRateLimiter<string> Limiter(int perMinute) => PartitionedRateLimiter.Create<string, string>(key => perMinute == 0
        ? RateLimitPartition.GetNoLimiter(key)
        : RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = RetryAfter, QueueLimit = 0 }));
}
