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

    /// <summary>When the current photo of the spot was taken in; null without a photo. Also its version.</summary>
    public DateTime? PhotoUpdatedAtUtc { get; private set; }

    /// <summary>True when the driver chose which bound friends see this record (rows in RecordAudiences); false: all of them.</summary>
    public bool HasChosenAudience { get; private set; }

    /// <summary>How many times the car moved or its position was refined again (each move is pushed once).</summary>
    public int PositionRevision { get; private set; }

    public bool IsActive => EndedAtUtc is null;

    public bool HasPhoto => PhotoUpdatedAtUtc is not null;

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
        HasChosenAudience = details.FriendIds is not null,
        ParkedAtUtc = nowUtc,
    };

    /// <summary>The car moved or was refined to another spot; false once it was picked up.</summary>
    public bool MoveTo(DetailedPosition position)
    {
        if (!IsActive || position.Lot.LotId != LotId)
        {
            return false;
        }

        SpaceId = position.Space.Id;
        SpaceCode = position.Space.Code;
        LevelName = position.Level.Name;
        ZoneCode = position.Zone?.Code;
        LocalX = Math.Round(position.Local.X, 2);
        LocalY = Math.Round(position.Local.Y, 2);
        Lat = position.Wgs84.Lat;
        Lng = position.Wgs84.Lng;
        ResolvedBy = position.ResolvedBy;
        PositionRevision++;
        return true;
    }

    /// <summary>New long-stay details (plate, note, expected pickup) as a whole; false once the car was picked up.</summary>
    public bool EditDetails(string? plate, string? note, DateTime? expectedPickupAtUtc)
    {
        if (!IsActive)
        {
            return false;
        }

        (Plate, Note, ExpectedPickupAtUtc) = (plate, note, expectedPickupAtUtc);
        return true;
    }

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

    /// <summary>
    /// A new photo of where the car stands; refused once the car was picked up. The time is kept to
    /// the millisecond (as stored) and always moves forward, so it can serve as the photo's version.
    /// </summary>
    public bool AttachPhoto(DateTime nowUtc)
    {
        if (!IsActive)
        {
            return false;
        }

        var now = new DateTime(nowUtc.Ticks - nowUtc.Ticks % TimeSpan.TicksPerMillisecond, DateTimeKind.Utc);
        PhotoUpdatedAtUtc = PhotoUpdatedAtUtc is { } previous && now <= previous ? previous.AddMilliseconds(1) : now;
        return true;
    }

    /// <summary>Forgets the photo (allowed on ended records too: a driver may always erase it); false when there was none.</summary>
    public bool RemovePhoto()
    {
        if (PhotoUpdatedAtUtc is null)
        {
            return false;
        }

        PhotoUpdatedAtUtc = null;
        return true;
    }
}
