namespace ParkShare.Core.Parking;

public enum ReservationError
{
    None,
    SpaceNotFound,
    SpaceNotReservable,
    WindowInvalid,
    WindowTooLong,
    TooFarAhead,
    SpaceTaken,
    TooManyReservations,
    IdempotencyKeyReused,
    NotFound,
    NotActive,
}
