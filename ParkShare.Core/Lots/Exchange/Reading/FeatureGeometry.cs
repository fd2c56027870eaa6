using NetTopologySuite.Geometries;
using ParkShare.Core.Geometry;

namespace ParkShare.Core.Lots.Exchange.Reading;

/// <summary>Geometry of a feature, read by <see cref="LotGeoJsonGeometry"/>, turned into lot-local metres and checked (simple, not degenerate).</summary>
internal sealed class FeatureGeometry(LotGeoJsonReading reading, GeoJsonFeature feature)
{
    private const double MinArea = 1e-4;

    public Polygon2? ReadPolygon()
    {
        if (LotGeoJsonGeometry.Read(feature.Geometry, LotGeoJsonGeometry.Polygon) is not Polygon { NumInteriorRings: 0 } read)
        {
            reading.Add(feature, "invalid_geometry", LotGeoJsonGeometry.Polygon);
            return null;
        }

        var points = new List<Point2>();
        foreach (var position in read.Shell.Coordinates)
        {
            if (ToLocal(position) is not { } point)
            {
                reading.Add(feature, "invalid_geometry", LotGeoJsonGeometry.Polygon);
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
            reading.Add(feature, "degenerate_polygon");
            return null;
        }

        // Crossing first: a bow-tie's signed halves cancel, so it would pass for a zero-area polygon.
        var polygon = new Polygon2(points);
        if (polygon.IsSelfCrossing())
        {
            reading.Add(feature, "self_intersecting");
            return null;
        }

        if (polygon.Area < MinArea)
        {
            reading.Add(feature, "degenerate_polygon");
            return null;
        }

        return polygon;
    }

    public Point2? ReadPoint()
    {
        if (LotGeoJsonGeometry.Read(feature.Geometry, LotGeoJsonGeometry.Point) is Point read && ToLocal(read.Coordinate) is { } point)
        {
            return point;
        }

        reading.Add(feature, "invalid_geometry", LotGeoJsonGeometry.Point);
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

        if (reading.Geo is null)
        {
            return Math.Abs(a) <= 100_000 && Math.Abs(b) <= 100_000 ? new Point2(a, b) : null;
        }

        var geo = new GeoPoint(b, a);
        return geo.IsValid ? reading.Geo.ToLocal(geo) : null;
    }
}
