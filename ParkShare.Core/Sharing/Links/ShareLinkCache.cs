using System.Collections.Concurrent;

namespace ParkShare.Core.Sharing.Links;

/// <summary>
/// Valid links by token hash for at most a second, so a busy share page does not read the database
/// on every view. This process drops an entry the moment it changes the link (revoke, PIN lock,
/// picked up); another process's change shows within the second. Unknown tokens are never cached.
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

    public void Invalidate(byte[] tokenHash) => _entries.TryRemove(Convert.ToHexString(tokenHash), out _);
}
