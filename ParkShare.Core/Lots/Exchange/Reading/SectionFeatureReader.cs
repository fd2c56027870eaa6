namespace ParkShare.Core.Lots.Exchange.Reading;

/// <summary>A section: a zone of a level, its code unique on the level.</summary>
internal static class SectionFeatureReader
{
    public static void Read(LotGeoJsonReading reading, GeoJsonFeature feature)
    {
        var properties = reading.PropertiesOf(feature);
        var level = properties.LevelOf();
        var code = properties.Text("code", 16);
        var name = properties.Text("name", 100, required: false) ?? string.Empty;
        var color = properties.Text("color", 32, required: false) ?? "#4e79a7";
        var polygon = reading.GeometryOf(feature).ReadPolygon();
        if (level is null || code is null || polygon is null)
        {
            return;
        }

        if (level.Zones.Any(z => string.Equals(z.Code, code, StringComparison.OrdinalIgnoreCase)))
        {
            reading.Add(feature, "duplicate_code", code);
            return;
        }

        var zone = level.AddZone(code, name, color, polygon);
        reading.Zones[feature.Id] = zone;
        reading.Remember(zone.Id, feature);
    }
}
