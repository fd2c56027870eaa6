using ParkShare.Core.Geometry;
using ParkShare.Core.Lots.FloorPlans;

namespace ParkShare.Tests.Core.Lots.FloorPlans;

/// <summary>Pixel ↔ metre maths checked against values worked out by hand.</summary>
public sealed class FloorPlanTransformTests
{
    private const double Tolerance = 1e-9;

    [Fact]
    public void ToMeters_Unrotated_PixelsRightAreEastAndPixelsDownAreSouth()
    {
        var t = new FloorPlanTransform(0.05, 0, 10, 20);

        // (200, 100) px · 0.05 = 10 m east, 5 m south of (10, 20).
        AssertPoint(new Point2(20, 15), t.ToMeters(new PixelPoint(200, 100)));
        AssertPoint(new Point2(10, 20), t.ToMeters(new PixelPoint(0, 0)));
    }

    [Fact]
    public void ToMeters_Rotated90Clockwise_ImageRightPointsSouthAndImageDownPointsWest()
    {
        var t = new FloorPlanTransform(0.5, 90, 0, 0);

        // Turned a quarter clockwise on a north-up map: the image's +u runs south, its +v (down) runs west.
        AssertPoint(new Point2(0, -5), t.ToMeters(new PixelPoint(10, 0)));
        AssertPoint(new Point2(-2, 0), t.ToMeters(new PixelPoint(0, 4)));
        AssertPoint(new Point2(-2, -5), t.ToMeters(new PixelPoint(10, 4)));
    }

    [Fact]
    public void ToMeters_Rotated30_MatchesHandComputedCosSin()
    {
        var t = new FloorPlanTransform(2, 30, 100, 50);
        var (cos, sin) = (Math.Sqrt(3) / 2, 0.5);

        // x = 100 + 2·(10·cos − 0·sin), y = 50 − 2·(10·sin + 0·cos)
        AssertPoint(new Point2(100 + 20 * cos, 50 - 20 * sin), t.ToMeters(new PixelPoint(10, 0)));

        // pixel (0, 10): x = 100 − 20·sin = 90, y = 50 − 20·cos
        AssertPoint(new Point2(90, 50 - 20 * cos), t.ToMeters(new PixelPoint(0, 10)));
    }

    [Theory]
    [InlineData(0.05, 0, 10, 20)]
    [InlineData(0.5, 90, -3, 7)]
    [InlineData(0.013, -37.5, 250, -120)]
    [InlineData(1.7, 179.9, 0, 0)]
    public void ToPixel_AfterToMeters_GivesThePixelBack(double scale, double rotation, double x, double y)
    {
        var t = new FloorPlanTransform(scale, rotation, x, y);
        foreach (var pixel in new[] { new PixelPoint(0, 0), new PixelPoint(1234.5, 67.25), new PixelPoint(-10, 4000) })
        {
            var back = t.ToPixel(t.ToMeters(pixel));
            Assert.Equal(pixel.U, back.U, 1e-6);
            Assert.Equal(pixel.V, back.V, 1e-6);
        }
    }

    [Fact]
    public void ScaledAbout_KeepsTheAnchorWhereItWasAndScalesTheRest()
    {
        var t = new FloorPlanTransform(1, 90, 5, 5);
        var anchor = new PixelPoint(10, 0);
        Assert.Equal(new Point2(5, -5), t.ToMeters(anchor));

        var scaled = t.ScaledAbout(anchor, 0.5);

        AssertPoint(new Point2(5, -5), scaled.ToMeters(anchor));

        // 10 px further along u is 5 m further south at the new scale.
        AssertPoint(new Point2(5, -10), scaled.ToMeters(new PixelPoint(20, 0)));
        Assert.Equal(90, scaled.RotationDegrees);
    }

    [Fact]
    public void RotatedAbout_TurnsTheWholePlacementAboutThePivot()
    {
        var t = new FloorPlanTransform(1, 0, 10, 0);

        // A quarter turn clockwise about the origin moves the corner (10, 0) to (0, −10).
        var turned = t.RotatedAbout(new Point2(0, 0), 90);

        Assert.Equal(90, turned.RotationDegrees, Tolerance);
        AssertPoint(new Point2(0, -10), turned.ToMeters(new PixelPoint(0, 0)));

        // The pixel that lay at (12, 0) (2 px right of the corner) is now at (0, −12).
        AssertPoint(new Point2(0, -12), turned.ToMeters(new PixelPoint(2, 0)));
        var before = t.ToMeters(new PixelPoint(7, 3));
        AssertPoint(new Point2(before.Y, -before.X), turned.ToMeters(new PixelPoint(7, 3)));
    }

    [Fact]
    public void MovedBy_ShiftsEveryPoint()
    {
        var t = new FloorPlanTransform(0.2, 45, 1, 2).MovedBy(3, -4);

        Assert.Equal((4d, -2d), (t.OffsetX, t.OffsetY));
        AssertPoint(new Point2(4, -2), t.ToMeters(new PixelPoint(0, 0)));
    }

    [Fact]
    public void SvgMatrix_MapsPixelsToMetresWithYFlipped()
    {
        var t = new FloorPlanTransform(0.25, 30, 12, 34);
        var (a, b, c, d, e, f) = t.SvgMatrix();
        var pixel = new PixelPoint(40, 80);

        var svg = (X: a * pixel.U + c * pixel.V + e, Y: b * pixel.U + d * pixel.V + f);

        var meters = t.ToMeters(pixel);
        Assert.Equal(meters.X, svg.X, Tolerance);
        Assert.Equal(-meters.Y, svg.Y, Tolerance);
    }

    [Theory]
    [InlineData(0, 0, 0, 0, false)]
    [InlineData(0.05, 0, 0, 0, true)]
    [InlineData(11, 0, 0, 0, false)]
    [InlineData(0.05, double.NaN, 0, 0, false)]
    [InlineData(0.05, 0, 200_000, 0, false)]
    [InlineData(0.05, 720, -5, 5, true)]
    public void IsValid_ChecksScaleAngleAndOffsets(double scale, double rotation, double x, double y, bool valid) =>
        Assert.Equal(valid, new FloorPlanTransform(scale, rotation, x, y).IsValid);

    [Theory]
    [InlineData(0, 0)]
    [InlineData(180, 180)]
    [InlineData(-180, 180)]
    [InlineData(270, -90)]
    [InlineData(725, 5)]
    public void Normalized_BringsAnglesIntoHalfOpenRange(double degrees, double expected) =>
        Assert.Equal(expected, FloorPlanTransform.Normalized(degrees), Tolerance);

    private static void AssertPoint(Point2 expected, Point2 actual)
    {
        Assert.Equal(expected.X, actual.X, Tolerance);
        Assert.Equal(expected.Y, actual.Y, Tolerance);
    }
}
