namespace ParkShare.Web.Lots.FloorPlans;

/// <summary>Why an uploaded file is not taken as a floor plan.</summary>
public enum FloorPlanImageError
{
    None,
    Empty,
    TooLarge,
    NotImage,
    TooManyPixels,
}
