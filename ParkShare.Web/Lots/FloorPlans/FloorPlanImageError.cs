namespace ParkShare.Web.Lots.FloorPlans;

/// <summary>Why an uploaded file is not taken as a floor plan.</summary>
public enum FloorPlanImageError
{
    None,
    Empty,
    TooLarge,
    NotImage,
    TooManyPixels,

    /// <summary>Every decode slot is taken and the queue for them is full (<see cref="Imaging.ImageDecodeGate"/>).</summary>
    Busy,
}
