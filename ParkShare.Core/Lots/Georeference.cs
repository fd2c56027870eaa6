using ParkShare.Core.Geometry;

namespace ParkShare.Core.Lots;

/// <summary>
/// Maps lot-local coordinates to WGS84 and back: the local origin sits at (OriginLat, OriginLng),
/// the local +y axis points RotationDegrees clockwise from true north, and one local unit is
/// MetersPerUnit metres. A tangent plane at the origin (WGS84 ellipsoid radii) is exact to
/// millimetres over a garage.
/// </summary>
public sealed record Georeference(double OriginLat, double OriginLng, double RotationDegrees, double MetersPerUnit)
{
    public static Georeference None { get; } = new(0, 0, 0, 1);

    public bool IsValid =>
        OriginLat is >= -85 and <= 85 && OriginLng is >= -180 and <= 180 &&
        double.IsFinite(RotationDegrees) && MetersPerUnit > 0 && double.IsFinite(MetersPerUnit);

    private LocalTangentPlane Plane => new(OriginLat, OriginLng);

    public GeoPoint ToWgs84(Point2 local)
    {
        var (east, north) = ToEastNorth(local);
        return Plane.ToGeo(east, north);
    }

    public Point2 ToLocal(GeoPoint geo)
    {
        var (east, north) = Plane.ToEastNorth(geo);
        var r = RotationDegrees * Math.PI / 180;
        var x = ((east * Math.Cos(r)) - (north * Math.Sin(r))) / MetersPerUnit;
        var y = ((east * Math.Sin(r)) + (north * Math.Cos(r))) / MetersPerUnit;
        return new Point2(x, y);
    }

    private (double East, double North) ToEastNorth(Point2 local)
    {
        var r = RotationDegrees * Math.PI / 180;
        var x = local.X * MetersPerUnit;
        var y = local.Y * MetersPerUnit;
        return ((x * Math.Cos(r)) + (y * Math.Sin(r)), (-x * Math.Sin(r)) + (y * Math.Cos(r)));
    }
}
