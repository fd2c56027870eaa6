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

    /// <summary>The server had no room left to store a file (a photo): nothing was kept; retry later.</summary>
    StorageFull,
}
