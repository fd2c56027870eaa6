using ParkShare.Core.Geometry;

namespace ParkShare.Core.Lots;

/// <summary>An entrance, elevator, stairway, pillar... a point people recognise on a level.</summary>
public sealed class Landmark
{
    private Landmark()
    {
        Name = string.Empty;
    }

    internal Landmark(Guid levelId, LandmarkKind kind, string name, Point2 point, string? markerCode, Guid? id = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Id = id ?? Guid.CreateVersion7();
        LevelId = levelId;
        Kind = kind;
        Name = name.Trim();
        X = point.X;
        Y = point.Y;
        MarkerCode = string.IsNullOrWhiteSpace(markerCode) ? null : markerCode.Trim().ToUpperInvariant();
    }

    public Guid Id { get; private set; }

    public Guid LevelId { get; private set; }

    public LandmarkKind Kind { get; private set; }

    public string Name { get; private set; }

    public double X { get; private set; }

    public double Y { get; private set; }

    public Point2 Point => new(X, Y);

    /// <summary>Code printed as a QR on the pillar, e.g. "MK-B2-014".</summary>
    public string? MarkerCode { get; private set; }

    public void MoveTo(Point2 point)
    {
        X = point.X;
        Y = point.Y;
    }

    public void Describe(LandmarkKind kind, string name, string? markerCode)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Kind = kind;
        Name = name.Trim();
        MarkerCode = string.IsNullOrWhiteSpace(markerCode) ? null : markerCode.Trim().ToUpperInvariant();
    }
}
