using System.Globalization;
using System.Text.Json;
using ParkShare.Core.Geometry;

namespace ParkShare.Core.Lots;

/// <summary>
/// Encodes a level's geometry once per lot version as UTF-8 JSON bytes (coordinates to the
/// centimetre): every later request for it is a copy of these bytes, or a 304.
/// </summary>
public static class LevelGeometryEncoder
{
    public static byte[] Encode(LotMap map, LevelMap level)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            w.WriteString("lotId", map.LotId.ToString());
            w.WriteString("levelId", level.Id.ToString());
            w.WriteNumber("version", map.Version);
            w.WriteString("name", level.Name);
            w.WriteNumber("ordinal", level.Ordinal);
            WritePolygon(w, "outline", level.Outline);
            w.WriteStartArray("zones");
            foreach (var z in level.Zones)
            {
                w.WriteStartObject();
                w.WriteString("code", z.Code);
                w.WriteString("name", z.Name);
                w.WriteString("color", z.Color);
                WritePolygon(w, "polygon", z.Polygon);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("spaces");
            foreach (var s in level.Spaces)
            {
                w.WriteStartObject();
                w.WriteString("id", s.Id.ToString());
                w.WriteString("code", s.Code);
                w.WriteString("label", s.Label);
                w.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(s.Kind.ToString()));
                w.WriteBoolean("reservable", s.Reservable);
                WritePolygon(w, "polygon", s.Polygon);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("landmarks");
            foreach (var l in level.Landmarks)
            {
                w.WriteStartObject();
                w.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(l.Kind.ToString()));
                w.WriteString("name", l.Name);
                w.WriteNumber("x", Math.Round(l.Point.X, 2));
                w.WriteNumber("y", Math.Round(l.Point.Y, 2));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("walkways");
            foreach (var (from, to) in level.Walkways)
            {
                w.WriteStartArray();
                w.WriteNumberValue(Math.Round(from.X, 2));
                w.WriteNumberValue(Math.Round(from.Y, 2));
                w.WriteNumberValue(Math.Round(to.X, 2));
                w.WriteNumberValue(Math.Round(to.Y, 2));
                w.WriteEndArray();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return stream.ToArray();
    }

    /// <summary>A strong validator that changes with the lot version (and names the level).</summary>
    public static string ETag(LotMap map, LevelMap level) =>
        string.Create(CultureInfo.InvariantCulture, $"\"{level.Id:N}-v{map.Version}\"");

    private static void WritePolygon(Utf8JsonWriter w, string name, Polygon2 polygon)
    {
        w.WriteStartArray(name);
        foreach (var p in polygon.Points)
        {
            w.WriteStartArray();
            w.WriteNumberValue(Math.Round(p.X, 2));
            w.WriteNumberValue(Math.Round(p.Y, 2));
            w.WriteEndArray();
        }

        w.WriteEndArray();
    }
}
