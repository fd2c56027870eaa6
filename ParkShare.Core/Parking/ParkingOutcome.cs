namespace ParkShare.Core.Parking;

/// <summary>A record, or why there is none (with the blocking record's id when one is in the way).</summary>
public sealed record ParkingOutcome(ParkingRecord? Record, ParkingError Error, Guid? ConflictingRecordId = null, bool Replayed = false)
{
    public static ParkingOutcome Ok(ParkingRecord record) => new(record, ParkingError.None);

    /// <summary>The same Idempotency-Key and request came again: the first record, unchanged.</summary>
    public static ParkingOutcome Replay(ParkingRecord record) => new(record, ParkingError.None, Replayed: true);

    public static ParkingOutcome Refused(ParkingError error, Guid? conflicting = null) => new(null, error, conflicting);
}
