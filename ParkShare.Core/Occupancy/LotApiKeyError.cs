namespace ParkShare.Core.Occupancy;

public enum LotApiKeyError
{
    None,
    NameRequired,
    NameTooLong,
    TooManyKeys,
    LotNotFound,
    NotFound,
    AlreadyRevoked,
}
