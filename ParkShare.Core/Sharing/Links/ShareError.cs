namespace ParkShare.Core.Sharing.Links;

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
