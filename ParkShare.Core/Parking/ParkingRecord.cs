using ParkShare.Core.Refinement;

namespace ParkShare.Core.Parking;

/// <summary>
/// Where a driver's car is: the refined space with a snapshot of its codes and coordinates (kept
/// even if staff later redraw the lot), the long-stay details, and when it was picked up.
/// </summary>
public sealed class ParkingRecord
{
    private ParkingRecord()
    {
        SpaceCode = LevelName = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid DriverId { get; private set; }

    public Guid LotId { get; private set; }

    public Guid SpaceId { get; private set; }

    public string SpaceCode { get; private set; }

    public string LevelName { get; private set; }

    public string? ZoneCode { get; private set; }

    public double LocalX { get; private set; }

    public double LocalY { get; private set; }

    public double Lat { get; private set; }

    public double Lng { get; private set; }

    public ResolvedBy ResolvedBy { get; private set; }

    public Guid? ReservationId { get; private set; }

    public string? Plate { get; private set; }

    public string? Note { get; private set; }

    public DateTime? ExpectedPickupAtUtc { get; private set; }

    public DateTime ParkedAtUtc { get; private set; }

    public DateTime? EndedAtUtc { get; private set; }

    public bool IsActive => EndedAtUtc is null;

    public static ParkingRecord Park(Guid driverId, DetailedPosition position, ParkingDetails details, Guid? reservationId, DateTime nowUtc) => new()
    {
        Id = Guid.CreateVersion7(),
        DriverId = driverId,
        LotId = position.Lot.LotId,
        SpaceId = position.Space.Id,
        SpaceCode = position.Space.Code,
        LevelName = position.Level.Name,
        ZoneCode = position.Zone?.Code,
        LocalX = Math.Round(position.Local.X, 2),
        LocalY = Math.Round(position.Local.Y, 2),
        Lat = position.Wgs84.Lat,
        Lng = position.Wgs84.Lng,
        ResolvedBy = position.ResolvedBy,
        ReservationId = reservationId,
        Plate = details.Plate,
        Note = details.Note,
        ExpectedPickupAtUtc = details.ExpectedPickupAtUtc,
        ParkedAtUtc = nowUtc,
    };

    /// <summary>The car was picked up; returns false when the record had already ended.</summary>
    public bool End(DateTime nowUtc)
    {
        if (EndedAtUtc is not null)
        {
            return false;
        }

        EndedAtUtc = nowUtc;
        return true;
    }
}
