namespace ParkShare.Tests.Fakes;

/// <summary>
/// A wall clock that a test sets anywhere, backwards too, as NTP or an operator may: FakeTimeProvider
/// refuses to go back in time, so clock-jump tests use this one (no timers; services read GetUtcNow).
/// </summary>
public sealed class JumpingClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    /// <summary>Moves the clock by <paramref name="by"/>, which may be negative.</summary>
    public void Jump(TimeSpan by) => _now += by;
}
