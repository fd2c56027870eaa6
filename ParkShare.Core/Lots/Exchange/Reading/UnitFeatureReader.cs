namespace ParkShare.Core.Lots.Exchange.Reading;

/// <summary>A unit: a space, in a section of its own level when it names one, its code unique lot-wide.</summary>
internal static class UnitFeatureReader
{
    public static void Read(LotGeoJsonReading reading, GeoJsonFeature feature)
    {
        var properties = reading.PropertiesOf(feature);
        var level = properties.LevelOf();
        var zone = properties.Reference("section_id", reading.Zones, "unknown_section", required: false);
        var code = properties.Text("code", 32);
        var label = properties.Text("label", 32, required: false);
        var number = properties.Integer("number", required: false);
        var kind = properties.Choice<SpaceKind>("kind");
        var reservable = properties.Flag("reservable", true);
        var disabled = properties.Flag("disabled", false);
        var polygon = reading.GeometryOf(feature).ReadPolygon();
        if (level is null || code is null || kind is null || polygon is null)
        {
            return;
        }

        if (zone is not null && zone.LevelId != level.Id)
        {
            reading.Add(feature, "unknown_section", "section_id");
            return;
        }

        if (!reading.SpaceCodes.Add(code))
        {
            reading.Add(feature, "duplicate_code", code);
            return;
        }

        var space = level.AddSpace(zone, code, number, polygon, kind.Value, reservable);
        space.Relabel(label ?? string.Empty);
        if (disabled)
        {
            space.Disable();
        }

        reading.Remember(space.Id, feature);
    }
}
