namespace ParkShare.Core.Geometry;

/// <summary>Segment helpers used by routing and nearest-point queries.</summary>
public static class Segment2
{
    public static double DistanceToSegment(Point2 p, Point2 a, Point2 b) => p.DistanceTo(ClosestPoint(p, a, b));

    public static Point2 ClosestPoint(Point2 p, Point2 a, Point2 b)
    {
        var dx = b.X - a.X;
        var dy = b.Y - a.Y;
        var len2 = (dx * dx) + (dy * dy);
        if (len2 < 1e-12)
        {
            return a;
        }

        var t = Math.Clamp((((p.X - a.X) * dx) + ((p.Y - a.Y) * dy)) / len2, 0, 1);
        return new(a.X + (t * dx), a.Y + (t * dy));
    }

    /// <summary>Signed turn from heading a→b to heading b→c in degrees: positive is a left turn.</summary>
    public static double TurnDegrees(Point2 a, Point2 b, Point2 c)
    {
        var h1 = Math.Atan2(b.Y - a.Y, b.X - a.X);
        var h2 = Math.Atan2(c.Y - b.Y, c.X - b.X);
        var d = (h2 - h1) * 180 / Math.PI;
        while (d > 180)
        {
            d -= 360;
        }

        while (d < -180)
        {
            d += 360;
        }

        return d;
    }
}
