namespace ParkShare.Core.Lots.Exchange.Reading;

/// <summary>A footpath: a walkway segment between two different nodes of its own level.</summary>
internal static class FootpathFeatureReader
{
    public static void Read(LotGeoJsonReading reading, GeoJsonFeature feature)
    {
        var properties = reading.PropertiesOf(feature);
        var level = properties.LevelOf();
        var from = properties.Reference("from_node_id", reading.Nodes, "unknown_reference");
        var to = properties.Reference("to_node_id", reading.Nodes, "unknown_reference");
        if (level is null || from is null || to is null)
        {
            return;
        }

        if (from.LevelId != level.Id || to.LevelId != level.Id || from.Id == to.Id)
        {
            reading.Add(feature, "unknown_reference", "to_node_id");
            return;
        }

        reading.Remember(level.AddEdge(from, to).Id, feature);
    }
}
