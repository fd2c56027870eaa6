namespace ParkShare.Core.Lots.Exchange.Reading;

/// <summary>A footpath node: a walkway point, standing at a landmark of its own level when it names one.</summary>
internal static class FootpathNodeFeatureReader
{
    public static void Read(LotGeoJsonReading reading, GeoJsonFeature feature)
    {
        var properties = reading.PropertiesOf(feature);
        var level = properties.LevelOf();
        var landmark = properties.Reference("landmark_id", reading.Landmarks, "unknown_reference", required: false);
        var point = reading.GeometryOf(feature).ReadPoint();
        if (level is null || point is null)
        {
            return;
        }

        if (landmark is not null && landmark.LevelId != level.Id)
        {
            reading.Add(feature, "unknown_reference", "landmark_id");
            return;
        }

        var node = level.AddNode(point.Value, landmark?.Id);
        reading.Nodes[feature.Id] = node;
        reading.Remember(node.Id, feature);
    }
}
