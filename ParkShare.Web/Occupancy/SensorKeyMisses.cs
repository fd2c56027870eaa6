using Microsoft.Extensions.Options;
using ParkShare.Core.Occupancy;
using ParkShare.Web.Hosting;

namespace ParkShare.Web.Occupancy;

/// <summary>
/// Invalid sensor keys per client address per minute (Occupancy:InvalidKeysPerClientPerMinute): a
/// client past the limit is answered 429 before any key lookup, so guessing keys costs the guesser,
/// not the database. Kept in memory for a minute, never stored.
/// </summary>
public sealed class SensorKeyMisses(IOptions<OccupancyOptions> options, TimeProvider clock)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly FixedWindowCounts<string> _misses = new(options.Value.InvalidKeysPerClientPerMinute, Window, clock);

    public static string ClientOf(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>True while the client still has misses left in this minute.</summary>
    public bool MayTry(string client) => _misses.HasPermits(client);

    public void Missed(string client) => _misses.TryTake(client);
}
