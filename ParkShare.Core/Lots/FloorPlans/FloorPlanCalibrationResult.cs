namespace ParkShare.Core.Lots.FloorPlans;

/// <summary>The scale two points and a distance give, or why they give none.</summary>
public sealed record FloorPlanCalibrationResult(double MetersPerPixel, FloorPlanCalibrationError Error)
{
    public bool Succeeded => Error == FloorPlanCalibrationError.None;

    public static FloorPlanCalibrationResult Ok(double metersPerPixel) => new(metersPerPixel, FloorPlanCalibrationError.None);

    public static FloorPlanCalibrationResult Refused(FloorPlanCalibrationError error) => new(0, error);
}
