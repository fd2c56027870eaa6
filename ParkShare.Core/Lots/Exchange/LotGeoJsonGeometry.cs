using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using NtsGeometry = NetTopologySuite.Geometries.Geometry;

namespace ParkShare.Core.Lots.Exchange;

/// <summary>
/// GeoJSON geometries of the exchange file, read and written by NetTopologySuite's System.Text.Json converter.
/// The feature envelope around them (feature_type, properties, ids) is ParkShare's schema and stays ours.
/// </summary>
internal static class LotGeoJsonGeometry
{
    public const string Point = "Point";
    public const string Polygon = "Polygon";

    /// <summary>Plain doubles, no SRID: coordinates are WGS84 or lot-local metres as the file's crs member says.</summary>
    public static GeometryFactory Factory { get; } = new();

    // Rings are written in the order the lot stores them (no RFC 7946 reorientation), so an export reads back identically.
    private static readonly JsonSerializerOptions Options = new()
    {
        Converters = { new GeoJsonConverterFactory(Factory, false, GeoJsonConverterFactory.DefaultIdPropertyName, RingOrientationOption.DoNotModify) },
    };

    // The converter itself, called directly: a lot has thousands of small geometries.
    private static readonly JsonConverter<NtsGeometry> Converter = (JsonConverter<NtsGeometry>)Options.GetConverter(typeof(NtsGeometry));

    /// <summary>
    /// The geometry of a feature when it is a non-empty GeoJSON geometry of exactly <paramref name="type"/>;
    /// null when it is absent, of another type or malformed (the library refuses open rings and rings under four positions).
    /// </summary>
    public static NtsGeometry? Read(JsonElement geometry, string type)
    {
        // The type is checked here, not by the library: it also accepts a numeric or padded type name.
        if (geometry.ValueKind != JsonValueKind.Object || !geometry.TryGetProperty("type", out var t)
            || t.ValueKind != JsonValueKind.String || !t.ValueEquals(type))
        {
            return null;
        }

        try
        {
            // The element's own bytes in the parsed file, read in place rather than copied out first.
            var reader = new Utf8JsonReader(JsonMarshal.GetRawUtf8Value(geometry));
            reader.Read();
            var read = Converter.Read(ref reader, typeof(NtsGeometry), Options);
            return read is { IsEmpty: false } && read.GeometryType == type ? read : null;
        }
        catch (Exception e) when (e is JsonException or ArgumentException or FormatException or InvalidOperationException)
        {
            // Malformed coordinates: the converter throws JsonException, NTS an ArgumentException for a bad ring.
            return null;
        }
    }

    /// <summary>Writes <paramref name="geometry"/> (or null) as the current JSON value.</summary>
    public static void Write(Utf8JsonWriter writer, NtsGeometry? geometry)
    {
        if (geometry is null)
        {
            writer.WriteNullValue();
            return;
        }

        Converter.Write(writer, geometry, Options);
    }
}
