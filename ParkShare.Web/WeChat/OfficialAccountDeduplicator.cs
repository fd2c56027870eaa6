using System.Collections.Concurrent;

namespace ParkShare.Web.WeChat;

/// <summary>
/// WeChat retries a message it got no answer to within 5 s (three more times, same MsgId, or for
/// events the same follower, CreateTime, event and key). The first delivery does the work; any
/// delivery of the same key while it runs or within <see cref="Ttl"/> afterwards shares its reply
/// instead of doing it again, however many arrive at once. A failed attempt is forgotten so
/// WeChat's next retry can try again. Across processes and nodes, the first delivery's receipt and
/// reply are kept in the database (<see cref="OfficialAccountReceipts"/>).
/// </summary>
public sealed class OfficialAccountDeduplicator(TimeProvider clock, OfficialAccountReceipts receipts)
{
    public static readonly TimeSpan Ttl = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan SweepEvery = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private long _lastSweep = clock.GetTimestamp();
    private int _sweeping;

    public int Count => _entries.Count;

    public Task<string?> RunOnceAsync(string key, Func<Task<string?>> work)
    {
        var now = clock.GetTimestamp();
        SweepIfDue(now);
        while (true)
        {
            var entry = _entries.GetOrAdd(key, _ => new Entry(now, new Lazy<Task<string?>>(() => RunAsync(key, work))));
            if (clock.GetElapsedTime(entry.CreatedAt, now) <= Ttl)
            {
                return entry.Reply.Value;
            }

            _entries.TryRemove(new KeyValuePair<string, Entry>(key, entry));
        }
    }

    private async Task<string?> RunAsync(string key, Func<Task<string?>> work)
    {
        try
        {
            return await receipts.RunOnceAsync(key, work);
        }
        catch
        {
            if (_entries.TryGetValue(key, out var entry))
            {
                _entries.TryRemove(new KeyValuePair<string, Entry>(key, entry));
            }

            throw;
        }
    }

    private void SweepIfDue(long now)
    {
        if (clock.GetElapsedTime(Interlocked.Read(ref _lastSweep), now) < SweepEvery || Interlocked.Exchange(ref _sweeping, 1) == 1)
        {
            return;
        }

        try
        {
            Interlocked.Exchange(ref _lastSweep, now);
            foreach (var pair in _entries)
            {
                if (clock.GetElapsedTime(pair.Value.CreatedAt, now) > Ttl)
                {
                    _entries.TryRemove(pair);
                }
            }
        }
        finally
        {
            Volatile.Write(ref _sweeping, 0);
        }
    }

    private sealed record Entry(long CreatedAt, Lazy<Task<string?>> Reply);
}
