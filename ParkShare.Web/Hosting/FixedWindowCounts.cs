using System.Collections.Concurrent;

namespace ParkShare.Web.Hosting;

/// <summary>
/// The host's in-memory per-key limits (share-link misses and views, sensor-key misses, sign-in attempts,
/// photo uploads): at most <c>permitLimit</c> per key in a fixed window that starts with the key's first
/// take; 0 switches the limit off. A key's window is plain data that is never disposed: a window that has
/// ended is dropped by a sweep at most once per window length, and a caller that was handed it just before
/// simply starts it again. .NET's <c>PartitionedRateLimiter.Create</c>, used here before, disposes an idle
/// key's limiter from its timer while a concurrent caller that has just been handed that limiter is about to
/// use it; that caller then throws <see cref="ObjectDisposedException"/> (dotnet/runtime#99865). Every share
/// page asks for its client's misses, whose limiter sat idle and was disposed every 10 s, so a loaded host
/// answered a friend's page with a 500 now and then.
/// </summary>
public sealed class FixedWindowCounts<TKey>(int permitLimit, TimeSpan window, TimeProvider clock) where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Counter> _counters = new();
    private long _nextSweep = clock.GetTimestamp();

    /// <summary>Keys with a window held in memory (the sweep drops ended ones).</summary>
    public int Tracked => _counters.Count;

    /// <summary>True while <paramref name="key"/> has permits left in its window (always, with no limit).</summary>
    public bool HasPermits(TKey key)
    {
        if (permitLimit == 0 || !_counters.TryGetValue(key, out var counter))
        {
            return true;
        }

        lock (counter)
        {
            return counter.Removed || Ended(counter, clock.GetTimestamp()) || counter.Taken < permitLimit;
        }
    }

    /// <summary>Takes one permit of <paramref name="key"/>'s window; false when none is left.</summary>
    public bool TryTake(TKey key)
    {
        if (permitLimit == 0)
        {
            return true;
        }

        var now = clock.GetTimestamp();
        Sweep(now);
        while (true)
        {
            var counter = _counters.GetOrAdd(key, static (_, start) => new Counter(start), now);
            lock (counter)
            {
                if (counter.Removed)
                {
                    continue; // swept just now: the next GetOrAdd starts a new window
                }

                if (Ended(counter, now))
                {
                    (counter.Start, counter.Taken) = (now, 0);
                }

                if (counter.Taken >= permitLimit)
                {
                    return false;
                }

                counter.Taken++;
                return true;
            }
        }
    }

    private bool Ended(Counter counter, long now) => clock.GetElapsedTime(counter.Start, now) >= window;

    private void Sweep(long now)
    {
        var due = Interlocked.Read(ref _nextSweep);
        if (now < due || Interlocked.CompareExchange(ref _nextSweep, now + (long)(window.TotalSeconds * clock.TimestampFrequency), due) != due)
        {
            return;
        }

        foreach (var (key, counter) in _counters)
        {
            lock (counter)
            {
                if (Ended(counter, now))
                {
                    counter.Removed = true;
                    _counters.TryRemove(new KeyValuePair<TKey, Counter>(key, counter));
                }
            }
        }
    }

    private sealed class Counter(long start)
    {
        public long Start { get; set; } = start;

        public int Taken { get; set; }

        public bool Removed { get; set; }
    }
}
