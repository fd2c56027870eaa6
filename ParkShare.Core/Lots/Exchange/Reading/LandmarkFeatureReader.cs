namespace ParkShare.Core.Lots.Exchange.Reading;

/// <summary>An opening, amenity or fixture: a landmark whose kind matches its feature type, its marker code unique lot-wide.</summary>
internal static class LandmarkFeatureReader
{
    public static void Read(LotGeoJsonReading reading, GeoJsonFeature feature)
    {
        var properties = reading.PropertiesOf(feature);
        var level = properties.LevelOf();
        var kind = properties.Choice<LandmarkKind>("kind");
        var name = properties.Text("name", 100);
        var marker = properties.Text("marker_code", 64, required: false);
        var point = reading.GeometryOf(feature).ReadPoint();
        if (level is null || kind is null || name is null || point is null)
        {
            return;
        }

        if (LotGeoJson.FeatureTypeOf(kind.Value) != feature.Type)
        {
            reading.Add(feature, "invalid_property", "kind");
            return;
        }

        if (!string.IsNullOrEmpty(marker) && !reading.MarkerCodes.Add(marker))
        {
            reading.Add(feature, "duplicate_code", marker);
            return;
        }

        var landmark = level.AddLandmark(kind.Value, name, point.Value, marker);
        reading.Landmarks[feature.Id] = landmark;
        reading.Remember(landmark.Id, feature);
    }
}
