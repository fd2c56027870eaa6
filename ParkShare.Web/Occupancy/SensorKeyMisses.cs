using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using ParkShare.Core.Occupancy;

namespace ParkShare.Web.Occupancy;

/// <summary>
/// Invalid sensor keys per client address per minute (Occupancy:InvalidKeysPerClientPerMinute): a
/// client past the limit is answered 429 before any key lookup, so guessing keys costs the guesser,
/// not the database. Kept in memory for a minute, never stored.
/// </summary>
public sealed class SensorKeyMisses : IDisposable
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly PartitionedRateLimiter<string> _misses;

    public SensorKeyMisses(IOptions<OccupancyOptions> options)
    {
        var perMinute = options.Value.InvalidKeysPerClientPerMinute;
        _misses = PartitionedRateLimiter.Create<string, string>(key => perMinute == 0
            ? RateLimitPartition.GetNoLimiter(key)
            : RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = Window, QueueLimit = 0 }));
    }

    public static string ClientOf(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>True while the client still has misses left in this minute.</summary>
    public bool MayTry(string client) => _misses.GetStatistics(client) is not { CurrentAvailablePermits: 0 };

    public void Missed(string client)
    {
        using var lease = _misses.AttemptAcquire(client);
    }

    public void Dispose() => _misses.Dispose();
}
