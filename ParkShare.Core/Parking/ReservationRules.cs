namespace ParkShare.Core.Parking;

/// <summary>A lot's reservation rules, set by its staff.</summary>
public sealed record ReservationRules(int MaxDurationMinutes, int MaxAdvanceMinutes, int HoldMinutes, int MaxActivePerDriver)
{
    public static ReservationRules Default { get; } = new(MaxDurationMinutes: 12 * 60, MaxAdvanceMinutes: 7 * 24 * 60, HoldMinutes: 15, MaxActivePerDriver: 2);

    public bool IsValid =>
        MaxDurationMinutes is >= 15 and <= 30 * 24 * 60 && MaxAdvanceMinutes is >= 0 and <= 90 * 24 * 60
        && HoldMinutes is >= 0 and <= 240 && MaxActivePerDriver is >= 1 and <= 20;
}
