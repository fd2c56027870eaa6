namespace ParkShare.Core.Parking;

/// <summary>
/// One thing that bears on a space's state, for staff: a disabled flag, a driver's parking record,
/// a sensor observation, a reservation. <see cref="State"/> is what it makes the space (Free when it does not count).
/// </summary>
public sealed record SpaceStateSource(
    SpaceStateKind State,
    SpaceStateCause Cause,
    DateTime? SinceUtc = null,
    DateTime? UntilUtc = null,
    Guid? DriverId = null,
    string? Plate = null,
    string? SensorLabel = null,
    string? KeyName = null);
