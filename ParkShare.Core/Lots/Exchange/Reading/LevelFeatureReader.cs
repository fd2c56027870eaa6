namespace ParkShare.Core.Lots.Exchange.Reading;

/// <summary>A level: its name, its ordinal (both unique in the lot) and its outline.</summary>
internal static class LevelFeatureReader
{
    public static void Read(LotGeoJsonReading reading, Lot lot, GeoJsonFeature feature)
    {
        var properties = reading.PropertiesOf(feature);
        var name = properties.Text("name", Level.MaxNameLength);
        var ordinal = properties.Integer("ordinal");
        var outline = reading.GeometryOf(feature).ReadPolygon();
        if (name is null || ordinal is null || outline is null)
        {
            return;
        }

        if (lot.HasLevelNamed(name) || lot.HasLevelAt(ordinal.Value))
        {
            reading.Add(feature, "duplicate_level", name);
            return;
        }

        var level = lot.AddLevel(name, ordinal.Value, outline);
        reading.Levels[feature.Id] = level;
        reading.Remember(level.Id, feature);
    }
}
