using System.Text.Json;
using ParkShare.Core.Lots.Editing;

namespace ParkShare.Core.Lots.Exchange.Reading;

/// <summary>The venue: the lot itself, its time zone and (for WGS 84 files) its georeference.</summary>
internal static class VenueFeatureReader
{
    public static Lot? Read(LotGeoJsonReading reading, GeoJsonFeature feature)
    {
        var properties = reading.PropertiesOf(feature);
        var name = properties.Text("name", Lot.MaxNameLength);
        var address = properties.Text("address", Lot.MaxAddressLength, required: false) ?? string.Empty;
        var zone = properties.Text("time_zone", 64);
        if (zone is not null && !LotEditor.IsIanaZone(zone))
        {
            reading.Add(feature, "invalid_property", "time_zone");
            zone = null;
        }

        if (feature.Properties.TryGetProperty("georeference", out var g) && g.ValueKind == JsonValueKind.Object)
        {
            var geo = new Georeference(Coordinate(g, "origin_lat"), Coordinate(g, "origin_lng"), Coordinate(g, "rotation_degrees"), Coordinate(g, "meters_per_unit"));
            if (geo.IsValid)
            {
                reading.Geo = geo;
            }
            else
            {
                reading.Add(feature, "invalid_property", "georeference");
            }
        }
        else if (g.ValueKind is not JsonValueKind.Undefined and not JsonValueKind.Null)
        {
            reading.Add(feature, "invalid_property", "georeference");
        }

        if (name is null || zone is null || reading.Problems.Count > 0)
        {
            return null;
        }

        var lot = Lot.Create(name, address, zone, reading.Geo ?? Georeference.None);
        reading.Remember(lot.Id, feature);
        return lot;
    }

    private static double Coordinate(JsonElement georeference, string name) =>
        georeference.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : double.NaN;
}
