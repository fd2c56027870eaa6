namespace ParkShare.Core.Parking;

/// <summary>A reservation (new, or the first answer to a replayed Idempotency-Key), or why there is none.</summary>
public sealed record ReservationOutcome(Reservation? Reservation, bool Replayed, ReservationError Error)
{
    public static ReservationOutcome Created(Reservation r) => new(r, false, ReservationError.None);

    public static ReservationOutcome Replay(Reservation r) => new(r, true, ReservationError.None);

    public static ReservationOutcome Refused(ReservationError error) => new(null, false, error);
}
