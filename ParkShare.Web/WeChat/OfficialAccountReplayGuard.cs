using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;

namespace ParkShare.Web.WeChat;

/// <summary>
/// Refuses a callback whose timestamp is more than <see cref="Window"/> from now, and a (timestamp,
/// nonce) pair already seen within the window with another body: a signed URL copied from a log
/// cannot carry a message of the attacker's choosing. The same pair with the same body is WeChat
/// retrying one delivery; it passes, and <see cref="OfficialAccountDeduplicator"/> answers it
/// without doing the work twice. Only signed requests get here, so only WeChat fills the memory;
/// pairs are forgotten once their timestamp leaves the window.
/// </summary>
public sealed class OfficialAccountReplayGuard(TimeProvider clock)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);
    private const int MaxNonceLength = 64;
    private static readonly TimeSpan SweepEvery = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<string, (long Timestamp, string Body)> _seen = new(StringComparer.Ordinal);
    private long _lastSweep;

    /// <summary>True when the timestamp is a number within <see cref="Window"/> of now.</summary>
    public bool IsFresh(string? timestamp) =>
        long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
        && Math.Abs(clock.GetUtcNow().ToUnixTimeSeconds() - seconds) <= (long)Window.TotalSeconds;

    /// <summary>Records the pair; false when it was already used with another body.</summary>
    public bool TryUse(string timestamp, string? nonce, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrEmpty(nonce) || nonce.Length > MaxNonceLength)
        {
            return false;
        }

        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        Sweep(now);
        var hash = Convert.ToHexString(SHA256.HashData(body));
        var seen = _seen.GetOrAdd(timestamp + "|" + nonce, (long.Parse(timestamp, CultureInfo.InvariantCulture), hash));
        return seen.Body == hash;
    }

    private void Sweep(long now)
    {
        var last = Interlocked.Read(ref _lastSweep);
        if (now - last < SweepEvery.TotalSeconds || Interlocked.CompareExchange(ref _lastSweep, now, last) != last)
        {
            return;
        }

        foreach (var pair in _seen)
        {
            if (Math.Abs(now - pair.Value.Timestamp) > Window.TotalSeconds)
            {
                _seen.TryRemove(pair);
            }
        }
    }
}
