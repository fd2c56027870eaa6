using System.Threading.RateLimiting;

namespace ParkShare.Web.Hosting;

/// <summary>
/// One partition of the rate-limiting middleware's policies (refine, occupancy batches, staff link pages): at
/// most <c>permitLimit</c> requests in a fixed window, no queue. Unlike .NET's FixedWindowRateLimiter it keeps
/// working after it is disposed. The middleware's partitioned limiter disposes a partition that has been idle
/// for 10 s from its timer, while a request that has just been handed that partition may be about to use it;
/// the built-in limiter then throws ObjectDisposedException, a 500 (dotnet/runtime#99865, the race behind the
/// share page's rare 500, see <see cref="FixedWindowCounts{TKey}"/>). Here disposal only drops the partition
/// from the middleware's table; such a late request counts in the old window, which nothing reads again.
/// </summary>
public sealed class SteadyFixedWindowLimiter(int permitLimit, TimeSpan window, TimeProvider clock) : RateLimiter
{
    private readonly Lock _gate = new();
    private long _start = clock.GetTimestamp();
    private long _lastUse = clock.GetTimestamp();
    private int _taken;
    private long _refused;
    private long _granted;

    /// <summary>Idle (and so removable) once its window has ended with nothing taken since.</summary>
    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (_gate)
            {
                return _taken == 0 || clock.GetElapsedTime(_start) >= window ? clock.GetElapsedTime(_lastUse) : null;
            }
        }
    }

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (_gate)
        {
            return new RateLimiterStatistics
            {
                CurrentAvailablePermits = Math.Max(0, permitLimit - (clock.GetElapsedTime(_start) >= window ? 0 : _taken)),
                TotalFailedLeases = _refused,
                TotalSuccessfulLeases = _granted,
            };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(permitCount, permitLimit);
        var now = clock.GetTimestamp();
        lock (_gate)
        {
            _lastUse = now;
            if (clock.GetElapsedTime(_start, now) >= window)
            {
                (_start, _taken) = (now, 0);
            }

            if (permitCount == 0 || _taken + permitCount <= permitLimit)
            {
                _taken += permitCount;
                _granted++;
                return SteadyFixedWindowLease.Granted;
            }

            _refused++;
            return SteadyFixedWindowLease.Refused(window - clock.GetElapsedTime(_start, now));
        }
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
        ValueTask.FromResult(AttemptAcquireCore(permitCount));
}
