namespace ParkShare.Core.Sharing;

public enum ShareError
{
    None,
    RecordNotFound,
    RecordEnded,
    LifetimeTooLong,
    LifetimeTooShort,
    BadPin,
    BadViewLimit,
    TooManyLinks,
    NotFound,
    NotActive,
}
