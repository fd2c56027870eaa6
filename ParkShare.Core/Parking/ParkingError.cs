namespace ParkShare.Core.Parking;

public enum ParkingError
{
    None,
    ActiveRecordExists,
    PlateAlreadyParked,
    NotFound,
    AlreadyEnded,
    ReservationNotFound,
    ReservationNotActive,
    IdempotencyKeyReused,
    NoPhoto,
    FriendNotFound,
}
