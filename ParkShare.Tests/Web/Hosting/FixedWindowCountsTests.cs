using Microsoft.Extensions.Time.Testing;
using ParkShare.Web.Hosting;

namespace ParkShare.Tests.Web.Hosting;

/// <summary>The host's per-key windows: a limit per window, a new window after it, ended windows swept, never an exception under concurrency.</summary>
public sealed class FixedWindowCountsTests
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    [Fact]
    public void TryTake_PastTheLimit_RefusedUntilTheWindowEnds()
    {
        var clock = new FakeTimeProvider();
        var counts = new FixedWindowCounts<string>(3, Window, clock);

        Assert.True(counts.HasPermits("a"));
        Assert.Equal([true, true, true, false], Enumerable.Range(0, 4).Select(_ => counts.TryTake("a")));
        Assert.False(counts.HasPermits("a"));
        Assert.True(counts.TryTake("b")); // another key has its own window

        clock.Advance(Window - TimeSpan.FromSeconds(1));
        Assert.False(counts.TryTake("a"));
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(counts.HasPermits("a"));
        Assert.True(counts.TryTake("a"));
    }

    [Fact]
    public void TryTake_ZeroLimit_AlwaysTakenAndNothingKept()
    {
        var counts = new FixedWindowCounts<Guid>(0, Window, new FakeTimeProvider());

        Assert.All(Enumerable.Range(0, 100), _ => Assert.True(counts.TryTake(Guid.Empty)));
        Assert.True(counts.HasPermits(Guid.Empty));
        Assert.Equal(0, counts.Tracked);
    }

    [Fact]
    public void TryTake_AfterAWindow_EndedKeysSweptAndLiveOnesKept()
    {
        var clock = new FakeTimeProvider();
        var counts = new FixedWindowCounts<int>(5, Window, clock);
        for (var key = 0; key < 1000; key++)
        {
            counts.TryTake(key);
        }

        clock.Advance(Window);
        counts.TryTake(-1);
        Assert.Equal(1, counts.Tracked);
        Assert.True(counts.TryTake(7)); // a swept key starts a new window
    }

    [Fact]
    public async Task TryTake_ManyThreadsWhileWindowsEndAndAreSwept_NeverThrowsNorPassesTheLimit()
    {
        var clock = new FakeTimeProvider();
        var counts = new FixedWindowCounts<int>(50, Window, clock);
        var taken = new int[4];
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        var workers = Enumerable.Range(0, 8).Select(w => Task.Run(() =>
        {
            var n = w;
            while (!stop.IsCancellationRequested)
            {
                var key = n++ % 4;
                counts.HasPermits(key);
                if (counts.TryTake(key))
                {
                    Interlocked.Increment(ref taken[key]);
                }
            }
        })).ToList();
        for (var minute = 0; minute < 20; minute++)
        {
            await Task.Delay(50);
            clock.Advance(Window); // every window ends and is swept while the workers take
        }

        await Task.WhenAll(workers);
        Assert.All(taken, t => Assert.InRange(t, 1, 50 * 21)); // at most 50 in each of the 21 windows
    }
}
