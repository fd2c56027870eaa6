using ParkShare.Core.Geometry;

namespace ParkShare.Core.Lots.FloorPlans;

/// <summary>
/// Where a floor-plan image lies on the level: image pixel (u right, v down) to lot-local metres (x east,
/// y north). The image's top-left corner sits at (<see cref="OffsetX"/>, <see cref="OffsetY"/>), one pixel is
/// <see cref="MetersPerPixel"/> metres, and the image is turned <see cref="RotationDegrees"/> clockwise as
/// seen on a north-up map (the lot's georeference counts its rotation the same way).
/// </summary>
public readonly record struct FloorPlanTransform(double MetersPerPixel, double RotationDegrees, double OffsetX, double OffsetY)
{
    public const double MinMetersPerPixel = 0.0001;
    public const double MaxMetersPerPixel = 10;
    public const double MaxOffsetMeters = 100_000;

    public bool IsValid =>
        double.IsFinite(MetersPerPixel) && MetersPerPixel is >= MinMetersPerPixel and <= MaxMetersPerPixel
        && double.IsFinite(RotationDegrees)
        && double.IsFinite(OffsetX) && Math.Abs(OffsetX) <= MaxOffsetMeters
        && double.IsFinite(OffsetY) && Math.Abs(OffsetY) <= MaxOffsetMeters;

    /// <summary>The image at one pixel per <paramref name="metersPerPixel"/>, unturned, its top-left corner at <paramref name="topLeft"/>.</summary>
    public static FloorPlanTransform At(Point2 topLeft, double metersPerPixel) => new(metersPerPixel, 0, topLeft.X, topLeft.Y);

    public Point2 ToMeters(PixelPoint pixel)
    {
        var (sin, cos) = SinCos(RotationDegrees);
        var s = MetersPerPixel;
        return new Point2(OffsetX + s * (pixel.U * cos - pixel.V * sin), OffsetY - s * (pixel.U * sin + pixel.V * cos));
    }

    public PixelPoint ToPixel(Point2 meters)
    {
        var (sin, cos) = SinCos(RotationDegrees);
        var dx = meters.X - OffsetX;
        var dy = meters.Y - OffsetY;
        return new PixelPoint((dx * cos - dy * sin) / MetersPerPixel, -(dx * sin + dy * cos) / MetersPerPixel);
    }

    /// <summary>The same placement at another scale, with <paramref name="anchor"/> staying where it is on the level (calibration keeps the first clicked point in place).</summary>
    public FloorPlanTransform ScaledAbout(PixelPoint anchor, double metersPerPixel)
    {
        var fixedPoint = ToMeters(anchor);
        var scaled = this with { MetersPerPixel = metersPerPixel, OffsetX = 0, OffsetY = 0 };
        var moved = scaled.ToMeters(anchor);
        return scaled with { OffsetX = fixedPoint.X - moved.X, OffsetY = fixedPoint.Y - moved.Y };
    }

    /// <summary>The whole placement turned <paramref name="degrees"/> clockwise about <paramref name="pivot"/> (metres).</summary>
    public FloorPlanTransform RotatedAbout(Point2 pivot, double degrees)
    {
        var (sin, cos) = SinCos(degrees);
        var dx = OffsetX - pivot.X;
        var dy = OffsetY - pivot.Y;
        return new FloorPlanTransform(
            MetersPerPixel,
            Normalized(RotationDegrees + degrees),
            pivot.X + dx * cos + dy * sin,
            pivot.Y - dx * sin + dy * cos);
    }

    public FloorPlanTransform MovedBy(double dx, double dy) => this with { OffsetX = OffsetX + dx, OffsetY = OffsetY + dy };

    /// <summary>
    /// The SVG matrix(a b c d e f) drawing the image (in pixels) in the editor's SVG space, whose y axis is
    /// -north: x_svg = a·u + c·v + e, y_svg = b·u + d·v + f.
    /// </summary>
    public (double A, double B, double C, double D, double E, double F) SvgMatrix()
    {
        var (sin, cos) = SinCos(RotationDegrees);
        var s = MetersPerPixel;
        return (s * cos, s * sin, -s * sin, s * cos, OffsetX, -OffsetY);
    }

    /// <summary>An angle in degrees brought into (-180, 180].</summary>
    public static double Normalized(double degrees)
    {
        var d = Math.IEEERemainder(degrees, 360);
        return d <= -180 ? d + 360 : d;
    }

    private static (double Sin, double Cos) SinCos(double degrees)
    {
        // Exact quarter turns, so 90° maps pixels onto metres without a 6e-17 residue.
        var d = Normalized(degrees);
        return d switch
        {
            0 => (0, 1),
            90 => (1, 0),
            180 => (0, -1),
            -90 => (-1, 0),
            _ => Math.SinCos(d * Math.PI / 180),
        };
    }
}
