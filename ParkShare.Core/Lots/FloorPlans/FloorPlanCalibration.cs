namespace ParkShare.Core.Lots.FloorPlans;

/// <summary>
/// Calibration of a floor plan: the operator clicks two points on the image and types the real distance
/// between them. The scale is that distance over the points' pixel distance; applying it keeps the first
/// point where it lies on the level, so calibrating never throws an aligned plan off its place.
/// </summary>
public static class FloorPlanCalibration
{
    /// <summary>Points closer than this (pixels) measure nothing reliable.</summary>
    public const double MinPixelDistance = 1;

    public static FloorPlanCalibrationResult Scale(PixelPoint first, PixelPoint second, double distanceMeters, int imageWidth, int imageHeight)
    {
        if (!double.IsFinite(distanceMeters) || distanceMeters <= 0)
        {
            return FloorPlanCalibrationResult.Refused(FloorPlanCalibrationError.DistanceNotPositive);
        }

        if (!Inside(first, imageWidth, imageHeight) || !Inside(second, imageWidth, imageHeight))
        {
            return FloorPlanCalibrationResult.Refused(FloorPlanCalibrationError.PointOutsideImage);
        }

        var pixels = first.DistanceTo(second);
        if (pixels < MinPixelDistance)
        {
            return FloorPlanCalibrationResult.Refused(FloorPlanCalibrationError.PointsTooClose);
        }

        var scale = distanceMeters / pixels;
        return scale is >= FloorPlanTransform.MinMetersPerPixel and <= FloorPlanTransform.MaxMetersPerPixel
            ? FloorPlanCalibrationResult.Ok(scale)
            : FloorPlanCalibrationResult.Refused(FloorPlanCalibrationError.ScaleOutOfRange);
    }

    /// <summary>The placement calibrated by the two points: its scale replaced, the first point left where it was.</summary>
    public static (FloorPlanTransform Transform, FloorPlanCalibrationError Error) Apply(
        FloorPlanTransform current, PixelPoint first, PixelPoint second, double distanceMeters, int imageWidth, int imageHeight)
    {
        var result = Scale(first, second, distanceMeters, imageWidth, imageHeight);
        return result.Succeeded ? (current.ScaledAbout(first, result.MetersPerPixel), FloorPlanCalibrationError.None) : (current, result.Error);
    }

    private static bool Inside(PixelPoint p, int width, int height) =>
        p.IsFinite && p.U >= 0 && p.V >= 0 && p.U <= width && p.V <= height;
}
