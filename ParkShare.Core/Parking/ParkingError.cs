namespace ParkShare.Core.Parking;

public enum ParkingError
{
    None,
    ActiveRecordExists,
    NotFound,
    AlreadyEnded,
    ReservationNotFound,
    ReservationNotActive,
    IdempotencyKeyReused,
    NoPhoto,
    FriendNotFound,
}
