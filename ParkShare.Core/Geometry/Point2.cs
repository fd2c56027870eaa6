namespace ParkShare.Core.Geometry;

/// <summary>A point on a level's lot-local metre grid (x east, y north).</summary>
public readonly record struct Point2(double X, double Y)
{
    public double DistanceTo(Point2 other)
    {
        var dx = X - other.X;
        var dy = Y - other.Y;
        return Math.Sqrt(dx * dx + dy * dy);
    }

    public bool IsFinite => double.IsFinite(X) && double.IsFinite(Y);
}
