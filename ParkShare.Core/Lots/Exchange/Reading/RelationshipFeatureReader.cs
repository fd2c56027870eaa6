namespace ParkShare.Core.Lots.Exchange.Reading;

/// <summary>A relationship: a connector (elevator, stairs, ramp) between nodes of two different levels, with its walking cost.</summary>
internal static class RelationshipFeatureReader
{
    public static void Read(LotGeoJsonReading reading, Lot lot, GeoJsonFeature feature)
    {
        var properties = reading.PropertiesOf(feature);
        var kind = properties.Choice<ConnectorKind>("kind");
        var name = properties.Text("name", 100);
        var from = properties.Reference("origin_node_id", reading.Nodes, "unknown_reference");
        var to = properties.Reference("destination_node_id", reading.Nodes, "unknown_reference");
        var cost = properties.Number("cost_meters");
        if (kind is null || name is null || from is null || to is null || cost is null)
        {
            return;
        }

        if (from.LevelId == to.LevelId || cost < 0 || cost > 10_000)
        {
            reading.Add(feature, "invalid_property", from.LevelId == to.LevelId ? "destination_node_id" : "cost_meters");
            return;
        }

        reading.Remember(lot.Connect(kind.Value, name, from, to, cost.Value).Id, feature);
    }
}
