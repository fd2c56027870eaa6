using Microsoft.Extensions.Options;
using ParkShare.Core.Sharing.Links;
using ParkShare.Web.Hosting;
using ParkShare.Web.Sharing.Links;

namespace ParkShare.Tests.Web.Sharing.Links;

/// <summary>
/// The share page's limits under a friend's load. Every page and POST /api/mp/share-view asks <see cref="ShareRateLimits.MayTry"/>
/// first; its per-client window (idle, as friends rarely miss) was a limiter that .NET's PartitionedRateLimiter disposed from its
/// timer every 10 s while a request that had just been handed it was about to read it: an ObjectDisposedException, the 30-minute
/// PostgreSQL soak's one 500 on GET /s/{token}. The race needs a request pre-empted at that instant, so this test loads the
/// cores with many threads for long enough to cross the idle clean-up twice.
/// </summary>
public sealed class ShareRateLimitsTests
{
    [Fact]
    public async Task MayTry_ManyRequestsWhileClientWindowsIdleOut_NeverThrows()
    {
        var limits = new ShareRateLimits(
            Options.Create(new SharingOptions { MissesPerClientPerMinute = 1_000_000, ViewsPerLinkPerMinute = 1_000_000 }),
            Options.Create(new ClusterOptions()),
            TimeProvider.System);
        var links = Enumerable.Range(0, 4).Select(_ => Guid.NewGuid()).ToArray();
        var failures = new System.Collections.Concurrent.ConcurrentQueue<Exception>();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(23)); // the clean-up disposes idle limiters after 10 s
        var threads = Enumerable.Range(0, 64).Select(t => new Thread(() =>
        {
            var n = t;
            while (!stop.IsCancellationRequested && failures.IsEmpty)
            {
                try
                {
                    limits.MayTry("127.0.0.1");
                    if (n++ % 1000 == 0)
                    {
                        limits.MayView(links[n % links.Length]);
                    }
                }
                catch (Exception e)
                {
                    failures.Enqueue(e);
                }
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        while (threads.Any(t => t.IsAlive))
        {
            await Task.Delay(100);
        }

        Assert.Empty(failures);
    }
}
