namespace ParkShare.Core.Parking;

/// <summary>A record, or why there is none (with the blocking record's id when one is in the way).</summary>
public sealed record ParkingOutcome(ParkingRecord? Record, ParkingError Error, Guid? ConflictingRecordId = null)
{
    public static ParkingOutcome Ok(ParkingRecord record) => new(record, ParkingError.None);

    public static ParkingOutcome Refused(ParkingError error, Guid? conflicting = null) => new(null, error, conflicting);
}
