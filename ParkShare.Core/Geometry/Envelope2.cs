namespace ParkShare.Core.Geometry;

/// <summary>An axis-aligned bounding box.</summary>
public readonly record struct Envelope2(double MinX, double MinY, double MaxX, double MaxY)
{
    public double Width => MaxX - MinX;

    public double Height => MaxY - MinY;

    public bool Contains(Point2 p) => p.X >= MinX && p.X <= MaxX && p.Y >= MinY && p.Y <= MaxY;

    public Envelope2 ExpandBy(double d) => new(MinX - d, MinY - d, MaxX + d, MaxY + d);

    public Envelope2 Union(Envelope2 o) =>
        new(Math.Min(MinX, o.MinX), Math.Min(MinY, o.MinY), Math.Max(MaxX, o.MaxX), Math.Max(MaxY, o.MaxY));

    public double DistanceTo(Point2 p)
    {
        var dx = Math.Max(0, Math.Max(MinX - p.X, p.X - MaxX));
        var dy = Math.Max(0, Math.Max(MinY - p.Y, p.Y - MaxY));
        return Math.Sqrt(dx * dx + dy * dy);
    }
}
