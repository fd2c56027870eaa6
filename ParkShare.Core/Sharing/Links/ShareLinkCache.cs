using System.Collections.Concurrent;

namespace ParkShare.Core.Sharing.Links;

/// <summary>
/// Valid links by token hash for at most a second, so a busy share page does not read the database
/// on every view. This process drops an entry the moment it changes the link (revoke, PIN lock,
/// picked up); another process's change shows within the second, and on PostgreSQL at once: a relay
/// forwards <see cref="Published"/> invalidations to the other nodes, which apply them with
/// <see cref="InvalidateFromAnotherNode"/>. Unknown tokens are never cached.
/// </summary>
public sealed class ShareLinkCache(TimeProvider clock)
{
    public static readonly TimeSpan FreshnessWindow = TimeSpan.FromSeconds(1);
    private const int MaxEntries = 10_000;
    private readonly ConcurrentDictionary<string, (long At, ShareTarget Target)> _entries = new(StringComparer.Ordinal);

    public ShareTarget? Get(byte[] tokenHash) =>
        _entries.TryGetValue(Convert.ToHexString(tokenHash), out var entry) && clock.GetElapsedTime(entry.At) < FreshnessWindow ? entry.Target : null;

    public void Set(byte[] tokenHash, ShareTarget target)
    {
        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }

        _entries[Convert.ToHexString(tokenHash)] = (clock.GetTimestamp(), target);
    }

    /// <summary>Raised with the token hash (hex) for every invalidation made in this process.</summary>
    public event Action<string>? Published;

    public void Invalidate(byte[] tokenHash)
    {
        var key = Convert.ToHexString(tokenHash);
        _entries.TryRemove(key, out _);
        Published?.Invoke(key);
    }

    public void InvalidateFromAnotherNode(string tokenHashHex) => _entries.TryRemove(tokenHashHex, out _);
}
