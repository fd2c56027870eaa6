using System.Text.Json;
using NetTopologySuite.Geometries;
using ParkShare.Core.Geometry;
using NtsGeometry = NetTopologySuite.Geometries.Geometry;

namespace ParkShare.Core.Lots.Exchange;

/// <summary>
/// Writes a fully loaded lot as a <see cref="LotGeoJson"/> FeatureCollection: the feature schema by hand, each
/// geometry through <see cref="LotGeoJsonGeometry"/>. Flushed level by level, so a large lot streams.
/// </summary>
public static class LotGeoJsonExporter
{
    public static async Task WriteAsync(Lot lot, Stream output, CancellationToken cancellationToken = default)
    {
        await using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = false });
        var geo = lot.Georeference == Georeference.None ? null : lot.Georeference;
        json.WriteStartObject();
        json.WriteString("type", "FeatureCollection");
        json.WriteString(LotGeoJson.CrsMember, geo is null ? LotGeoJson.LocalMetres : LotGeoJson.Wgs84);
        json.WriteStartArray("features");
        WriteVenue(json, lot);
        foreach (var level in lot.Levels.OrderBy(l => l.Ordinal))
        {
            Feature(json, level.Id, LotGeoJson.Level, PolygonOf(level.Outline, geo), w =>
            {
                w.WriteString("name", level.Name);
                w.WriteNumber("ordinal", level.Ordinal);
            });
            WriteLevelContent(json, level, geo);
            await json.FlushAsync(cancellationToken);
        }

        foreach (var c in lot.Connectors)
        {
            Feature(json, c.Id, LotGeoJson.Relationship, null, w =>
            {
                w.WriteString("category", "traversal");
                w.WriteString("kind", c.Kind.ToString());
                w.WriteString("name", c.Name);
                w.WriteString("origin_node_id", c.FromNodeId);
                w.WriteString("destination_node_id", c.ToNodeId);
                w.WriteNumber("cost_meters", c.CostMeters);
            });
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
    }

    private static void WriteVenue(Utf8JsonWriter json, Lot lot) =>
        Feature(json, lot.Id, LotGeoJson.Venue, null, w =>
        {
            w.WriteString("name", lot.Name);
            w.WriteString("address", lot.Address);
            w.WriteString("time_zone", lot.TimeZoneId);
            if (lot.Georeference == Georeference.None)
            {
                w.WriteNull("georeference");
                return;
            }

            w.WriteStartObject("georeference");
            w.WriteNumber("origin_lat", lot.Georeference.OriginLat);
            w.WriteNumber("origin_lng", lot.Georeference.OriginLng);
            w.WriteNumber("rotation_degrees", lot.Georeference.RotationDegrees);
            w.WriteNumber("meters_per_unit", lot.Georeference.MetersPerUnit);
            w.WriteEndObject();
        });

    private static void WriteLevelContent(Utf8JsonWriter json, Level level, Georeference? geo)
    {
        foreach (var z in level.Zones)
        {
            Feature(json, z.Id, LotGeoJson.Section, PolygonOf(z.Polygon, geo), w =>
            {
                w.WriteString("level_id", level.Id);
                w.WriteString("code", z.Code);
                w.WriteString("name", z.Name);
                w.WriteString("color", z.Color);
            });
        }

        foreach (var s in level.Spaces)
        {
            Feature(json, s.Id, LotGeoJson.Unit, PolygonOf(s.Polygon, geo), w =>
            {
                w.WriteString("level_id", level.Id);
                if (s.ZoneId is { } zoneId) { w.WriteString("section_id", zoneId); } else { w.WriteNull("section_id"); }
                w.WriteString("category", "parking");
                w.WriteString("code", s.Code);
                if (s.Number is { } n) { w.WriteNumber("number", n); } else { w.WriteNull("number"); }
                w.WriteString("label", s.Label);
                w.WriteString("kind", s.Kind.ToString());
                w.WriteBoolean("reservable", s.Reservable);
                w.WriteBoolean("disabled", s.Disabled);
            });
        }

        foreach (var m in level.Landmarks)
        {
            Feature(json, m.Id, LotGeoJson.FeatureTypeOf(m.Kind), PointOf(m.Point, geo), w =>
            {
                w.WriteString("level_id", level.Id);
                w.WriteString("kind", m.Kind.ToString());
                w.WriteString("name", m.Name);
                if (m.MarkerCode is { } code) { w.WriteString("marker_code", code); } else { w.WriteNull("marker_code"); }
            });
        }

        var nodes = level.WalkwayNodes.ToDictionary(n => n.Id);
        foreach (var n in level.WalkwayNodes)
        {
            Feature(json, n.Id, LotGeoJson.FootpathNode, PointOf(n.Point, geo), w =>
            {
                w.WriteString("level_id", level.Id);
                if (n.LandmarkId is { } id) { w.WriteString("landmark_id", id); } else { w.WriteNull("landmark_id"); }
            });
        }

        foreach (var e in level.WalkwayEdges.Where(e => nodes.ContainsKey(e.FromNodeId) && nodes.ContainsKey(e.ToNodeId)))
        {
            Feature(json, e.Id, LotGeoJson.Footpath, LineOf(nodes[e.FromNodeId].Point, nodes[e.ToNodeId].Point, geo), w =>
            {
                w.WriteString("level_id", level.Id);
                w.WriteString("from_node_id", e.FromNodeId);
                w.WriteString("to_node_id", e.ToNodeId);
            });
        }
    }

    private static void Feature(Utf8JsonWriter w, Guid id, string featureType, NtsGeometry? geometry, Action<Utf8JsonWriter> properties)
    {
        w.WriteStartObject();
        w.WriteString("type", "Feature");
        w.WriteString("id", id);
        w.WriteString("feature_type", featureType);
        w.WritePropertyName("geometry");
        LotGeoJsonGeometry.Write(w, geometry);
        w.WriteStartObject("properties");
        properties(w);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static Polygon PolygonOf(Polygon2 polygon, Georeference? geo) =>
        LotGeoJsonGeometry.Factory.CreatePolygon([.. polygon.Points.Append(polygon.Points[0]).Select(p => Position(p, geo))]);

    private static Point PointOf(Point2 point, Georeference? geo) => LotGeoJsonGeometry.Factory.CreatePoint(Position(point, geo));

    private static LineString LineOf(Point2 from, Point2 to, Georeference? geo) =>
        LotGeoJsonGeometry.Factory.CreateLineString([Position(from, geo), Position(to, geo)]);

    /// <summary>WGS84 [lng, lat] to nine decimals (0.1 mm), or lot-local metres to four.</summary>
    private static Coordinate Position(Point2 p, Georeference? geo)
    {
        if (geo is null)
        {
            return new Coordinate(Math.Round(p.X, 4), Math.Round(p.Y, 4));
        }

        var g = geo.ToWgs84(p);
        return new Coordinate(Math.Round(g.Lng, 9), Math.Round(g.Lat, 9));
    }
}
