using Microsoft.Extensions.Options;
using ParkShare.Core.Sharing.Links;
using ParkShare.Web.Hosting;

namespace ParkShare.Web.Sharing.Links;

/// <summary>
/// The share page's two limits (Sharing:MissesPerClientPerMinute, Sharing:ViewsPerLinkPerMinute):
/// a client that guessed too many tokens or PINs is stopped before any lookup; a link viewed too
/// often answers 429 while other links keep working. 0 switches a limit off.
/// </summary>
public sealed class ShareRateLimits
{
    private readonly FixedWindowCounts<string> _misses;
    private readonly FixedWindowCounts<Guid> _views;

    public ShareRateLimits(IOptions<SharingOptions> options, IOptions<ClusterOptions> cluster, TimeProvider clock)
    {
        // Limits are per node: each enforces its share of the deployment's figure (see ClusterOptions).
        _misses = new(ClusterOptions.PerNode(options.Value.MissesPerClientPerMinute, cluster.Value.Nodes), RetryAfter, clock);
        _views = new(ClusterOptions.PerNode(options.Value.ViewsPerLinkPerMinute, cluster.Value.Nodes), RetryAfter, clock);
    }

    public static TimeSpan RetryAfter => TimeSpan.FromMinutes(1);

    /// <summary>True while the client still has misses left in this minute.</summary>
    public bool MayTry(string client) => _misses.HasPermits(client);

    public void Missed(string client) => _misses.TryTake(client);

    public bool MayView(Guid linkId) => _views.TryTake(linkId);
}
