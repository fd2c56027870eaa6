using ParkShare.Core.Geometry;
using ParkShare.Core.Lots.FloorPlans;

namespace ParkShare.Tests.Core.Lots.FloorPlans;

public sealed class FloorPlanCalibrationTests
{
    [Fact]
    public void Scale_TwoPointsAndDistance_DistanceOverPixelDistance()
    {
        // (100, 100) → (400, 500) is a 3-4-5 triangle: 500 px; 25 m over 500 px = 0.05 m/px.
        var result = FloorPlanCalibration.Scale(new PixelPoint(100, 100), new PixelPoint(400, 500), 25, 1000, 1000);

        Assert.True(result.Succeeded);
        Assert.Equal(0.05, result.MetersPerPixel, 12);
    }

    [Fact]
    public void Apply_OnRotatedPlacement_FirstPointStaysAndSecondLandsAtTheTypedDistance()
    {
        var current = new FloorPlanTransform(1, 90, 10, 20);
        var (first, second) = (new PixelPoint(100, 100), new PixelPoint(400, 500));
        var before = current.ToMeters(first);

        // Rotated 90° clockwise: pixel (u, v) lands at (10 − s·v, 20 − s·u).
        Assert.Equal(new Point2(-90, -80), before);

        var (calibrated, error) = FloorPlanCalibration.Apply(current, first, second, 25, 1000, 1000);

        Assert.Equal(FloorPlanCalibrationError.None, error);
        Assert.Equal(0.05, calibrated.MetersPerPixel, 12);
        Assert.Equal(90, calibrated.RotationDegrees);
        var a = calibrated.ToMeters(first);
        var b = calibrated.ToMeters(second);
        Assert.Equal(-90, a.X, 9);
        Assert.Equal(-80, a.Y, 9);

        // 300 px along u (south) and 400 px along v (west) at 0.05 m/px: 15 m south, 20 m west.
        Assert.Equal(-110, b.X, 9);
        Assert.Equal(-95, b.Y, 9);
        Assert.Equal(25, a.DistanceTo(b), 9);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Scale_DistanceNotPositive_Refused(double distance)
    {
        var result = FloorPlanCalibration.Scale(new PixelPoint(0, 0), new PixelPoint(100, 0), distance, 200, 200);

        Assert.Equal(FloorPlanCalibrationError.DistanceNotPositive, result.Error);
        Assert.False(result.Succeeded);
    }

    [Theory]
    [InlineData(50, 50)]
    [InlineData(50.5, 50.5)]
    public void Scale_SameOrAlmostSamePoints_Refused(double u, double v)
    {
        var result = FloorPlanCalibration.Scale(new PixelPoint(50, 50), new PixelPoint(u, v), 10, 200, 200);

        Assert.Equal(FloorPlanCalibrationError.PointsTooClose, result.Error);
    }

    [Fact]
    public void Scale_PointOffTheImage_Refused()
    {
        var result = FloorPlanCalibration.Scale(new PixelPoint(10, 10), new PixelPoint(250, 10), 10, 200, 200);

        Assert.Equal(FloorPlanCalibrationError.PointOutsideImage, result.Error);
    }

    [Fact]
    public void Scale_ImpossibleScale_Refused()
    {
        // 5 km over 100 px would be 50 m per pixel.
        var result = FloorPlanCalibration.Scale(new PixelPoint(0, 0), new PixelPoint(100, 0), 5000, 200, 200);

        Assert.Equal(FloorPlanCalibrationError.ScaleOutOfRange, result.Error);
    }

    [Fact]
    public void Apply_Refused_LeavesThePlacementAsItWas()
    {
        var current = new FloorPlanTransform(0.1, 15, 3, 4);

        var (same, error) = FloorPlanCalibration.Apply(current, new PixelPoint(5, 5), new PixelPoint(5, 5), 10, 100, 100);

        Assert.Equal(FloorPlanCalibrationError.PointsTooClose, error);
        Assert.Equal(current, same);
    }
}
