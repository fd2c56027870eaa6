using System.Text.Json;
using ParkShare.Core.Geometry;

namespace ParkShare.Core.Lots.Exchange;

/// <summary>Geometry of a feature, turned into lot-local metres and checked (simple, not degenerate).</summary>
public sealed partial class LotGeoJsonReader
{
    private const double MinArea = 1e-4;

    private Polygon2? ReadPolygon(Item item)
    {
        if (!IsGeometry(item, "Polygon", out var coordinates) || coordinates.GetArrayLength() != 1
            || coordinates[0].ValueKind != JsonValueKind.Array)
        {
            Add(item, "invalid_geometry", "Polygon");
            return null;
        }

        var points = new List<Point2>();
        foreach (var position in coordinates[0].EnumerateArray())
        {
            if (ReadPosition(position) is not { } point)
            {
                Add(item, "invalid_geometry", "Polygon");
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
        if (IsGeometry(item, "Point", out var coordinates) && ReadPosition(coordinates) is { } point)
        {
            return point;
        }

        Add(item, "invalid_geometry", "Point");
        return null;
    }

    private static bool IsGeometry(Item item, string type, out JsonElement coordinates)
    {
        coordinates = default;
        return item.Geometry.ValueKind == JsonValueKind.Object
            && item.Geometry.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == type
            && item.Geometry.TryGetProperty("coordinates", out coordinates) && coordinates.ValueKind == JsonValueKind.Array;
    }

    private Point2? ReadPosition(JsonElement position)
    {
        if (position.ValueKind != JsonValueKind.Array || position.GetArrayLength() < 2
            || position[0].ValueKind != JsonValueKind.Number || position[1].ValueKind != JsonValueKind.Number
            || !position[0].TryGetDouble(out var a) || !position[1].TryGetDouble(out var b) || !double.IsFinite(a) || !double.IsFinite(b))
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
