namespace ParkShare.Web.Parking;

public enum PhotoError
{
    None,
    Empty,
    NotImage,
    TooManyPixels,
}
