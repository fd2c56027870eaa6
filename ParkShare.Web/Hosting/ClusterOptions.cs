using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using ParkShare.Core.Lots;

namespace ParkShare.Web.Hosting;

/// <summary>
/// How many identical nodes serve the deployment (Cluster:Nodes, default 1). Rate limits are counted
/// in each node's memory; behind a round-robin balancer a client's requests spread over every node,
/// so each node enforces the configured limit divided by the node count and the deployment as a
/// whole allows about the configured figure. (Counting in PostgreSQL would add a write to every
/// share-page view, the hottest path, for a limit that only needs to be roughly right.)
/// </summary>
public sealed class ClusterOptions
{
    public const string SectionName = "Cluster";

    [Range(1, 1000)]
    public int Nodes { get; set; } = 1;

    /// <summary>
    /// On PostgreSQL: how long a node trusts a lot version it read while it hears the other nodes'
    /// edits over LISTEN/NOTIFY (Cluster:LotVersionTrust, default 1 s). Edits arrive as notifications
    /// within milliseconds; this bounds the delay only if one is lost. Refinement always checks.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan LotVersionTrust { get; set; } = LotMapCache.FreshnessWindow;

    /// <summary>This node's share of a deployment-wide per-minute limit: 0 stays off, any other limit stays at least 1.</summary>
    public static int PerNode(int limit, int nodes) => limit <= 0 ? limit : Math.Max(1, (int)Math.Ceiling(limit / (double)Math.Max(1, nodes)));

    public static int PerNode(IServiceProvider services, int limit) =>
        PerNode(limit, services.GetService<IOptions<ClusterOptions>>()?.Value.Nodes ?? 1);
}
