using System.Threading.RateLimiting;
using Microsoft.Extensions.Time.Testing;
using ParkShare.Web.Hosting;

namespace ParkShare.Tests.Web.Hosting;

public sealed class SteadyFixedWindowLimiterTests
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.Parse("2026-12-07T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void AttemptAcquire_PastTheLimit_RefusedWithTimeLeftInTheWindow()
    {
        using var limiter = new SteadyFixedWindowLimiter(2, TimeSpan.FromMinutes(1), _clock);

        Assert.True(limiter.AttemptAcquire().IsAcquired);
        _clock.Advance(TimeSpan.FromSeconds(20));
        Assert.True(limiter.AttemptAcquire().IsAcquired);
        using var refused = limiter.AttemptAcquire();

        Assert.False(refused.IsAcquired);
        Assert.True(refused.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter));
        Assert.Equal(TimeSpan.FromSeconds(40), retryAfter);
    }

    [Fact]
    public void AttemptAcquire_WindowEnded_PermitsAgain()
    {
        using var limiter = new SteadyFixedWindowLimiter(1, TimeSpan.FromMinutes(1), _clock);
        Assert.True(limiter.AttemptAcquire().IsAcquired);
        Assert.False(limiter.AttemptAcquire().IsAcquired);

        _clock.Advance(TimeSpan.FromMinutes(1));

        Assert.True(limiter.AttemptAcquire().IsAcquired);
    }

    [Fact]
    public async Task AcquireAsync_AfterDispose_StillAnswers()
    {
        // The partitioned limiter disposes an idle partition from its timer while a request may hold it;
        // .NET's FixedWindowRateLimiter throws ObjectDisposedException here (a 500), this one answers.
        var limiter = new SteadyFixedWindowLimiter(1, TimeSpan.FromMinutes(1), _clock);
        await limiter.DisposeAsync();

        using var first = await limiter.AcquireAsync();
        using var second = await limiter.AcquireAsync();

        Assert.True(first.IsAcquired);
        Assert.False(second.IsAcquired);
    }

    [Fact]
    public void IdleDuration_WindowInUse_NullUntilItEnds()
    {
        using var limiter = new SteadyFixedWindowLimiter(5, TimeSpan.FromMinutes(1), _clock);
        limiter.AttemptAcquire().Dispose();
        _clock.Advance(TimeSpan.FromSeconds(30));

        Assert.Null(limiter.IdleDuration);

        _clock.Advance(TimeSpan.FromSeconds(45));

        Assert.Equal(TimeSpan.FromSeconds(75), limiter.IdleDuration);
    }
}
