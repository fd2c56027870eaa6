namespace ParkShare.Core.Parking;

/// <summary>
/// What lot staff narrow a lot's reservations to; a time window keeps reservations that overlap it. A search keeps
/// the reservations of the given spaces (a space code) or of the given drivers (a plate); an empty list keeps none.
/// </summary>
public sealed record ReservationFilter(
    ReservationState? State = null,
    Guid? LevelId = null,
    DateTime? FromUtc = null,
    DateTime? ToUtc = null,
    IReadOnlyCollection<Guid>? SpaceIds = null,
    IReadOnlyCollection<Guid>? DriverIds = null)
{
    public static ReservationFilter All { get; } = new();
}
