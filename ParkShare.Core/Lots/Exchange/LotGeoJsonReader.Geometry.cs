using NetTopologySuite.Geometries;
using ParkShare.Core.Geometry;

namespace ParkShare.Core.Lots.Exchange;

/// <summary>Geometry of a feature, read by <see cref="LotGeoJsonGeometry"/>, turned into lot-local metres and checked (simple, not degenerate).</summary>
public sealed partial class LotGeoJsonReader
{
    private const double MinArea = 1e-4;

    private Polygon2? ReadPolygon(Item item)
    {
        if (LotGeoJsonGeometry.Read(item.Geometry, LotGeoJsonGeometry.Polygon) is not Polygon { NumInteriorRings: 0 } read)
        {
            Add(item, "invalid_geometry", LotGeoJsonGeometry.Polygon);
            return null;
        }

        var points = new List<Point2>();
        foreach (var position in read.Shell.Coordinates)
        {
            if (ToLocal(position) is not { } point)
            {
                Add(item, "invalid_geometry", LotGeoJsonGeometry.Polygon);
                return null;
            }

            points.Add(point);
        }

        if (points.Count > 1 && points[0].DistanceTo(points[^1]) < 1e-6)
        {
            points.RemoveAt(points.Count - 1);
        }

        if (points.Count < 3 || points.Distinct().Count() != points.Count)
        {
            Add(item, "degenerate_polygon");
            return null;
        }

        // Crossing first: a bow-tie's signed halves cancel, so it would pass for a zero-area polygon.
        var polygon = new Polygon2(points);
        if (polygon.IsSelfCrossing())
        {
            Add(item, "self_intersecting");
            return null;
        }

        if (polygon.Area < MinArea)
        {
            Add(item, "degenerate_polygon");
            return null;
        }

        return polygon;
    }

    private Point2? ReadPoint(Item item)
    {
        if (LotGeoJsonGeometry.Read(item.Geometry, LotGeoJsonGeometry.Point) is Point read && ToLocal(read.Coordinate) is { } point)
        {
            return point;
        }

        Add(item, "invalid_geometry", LotGeoJsonGeometry.Point);
        return null;
    }

    /// <summary>A file position ([lng, lat] or lot-local [x, y]) in lot-local metres, or null when it is out of range.</summary>
    private Point2? ToLocal(Coordinate position)
    {
        var (a, b) = (position.X, position.Y);
        if (!double.IsFinite(a) || !double.IsFinite(b))
        {
            return null;
        }

        if (_geo is null)
        {
            return Math.Abs(a) <= 100_000 && Math.Abs(b) <= 100_000 ? new Point2(a, b) : null;
        }

        var geo = new GeoPoint(b, a);
        return geo.IsValid ? _geo.ToLocal(geo) : null;
    }
}
