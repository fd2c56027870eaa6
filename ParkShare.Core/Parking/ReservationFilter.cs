namespace ParkShare.Core.Parking;

/// <summary>What lot staff narrow a lot's reservations to; a time window keeps reservations that overlap it.</summary>
public sealed record ReservationFilter(ReservationState? State = null, Guid? LevelId = null, DateTime? FromUtc = null, DateTime? ToUtc = null)
{
    public static ReservationFilter All { get; } = new();
}
