namespace ParkShare.Core.Lots.FloorPlans;

/// <summary>Why two clicked points and a typed distance give no scale.</summary>
public enum FloorPlanCalibrationError
{
    None,

    /// <summary>The distance is zero, negative or not a number.</summary>
    DistanceNotPositive,

    /// <summary>The two points are the same pixel (or less than one pixel apart), so no length can be measured.</summary>
    PointsTooClose,

    /// <summary>A point lies outside the image.</summary>
    PointOutsideImage,

    /// <summary>The scale that follows is beyond what a floor plan can mean (see <see cref="FloorPlanTransform.MinMetersPerPixel"/>).</summary>
    ScaleOutOfRange,
}
