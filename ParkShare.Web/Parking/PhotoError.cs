namespace ParkShare.Web.Parking;

public enum PhotoError
{
    None,
    Empty,
    NotImage,
    TooManyPixels,

    /// <summary>Every decode slot is taken and the queue for them is full (<see cref="Imaging.ImageDecodeGate"/>).</summary>
    Busy,
}
