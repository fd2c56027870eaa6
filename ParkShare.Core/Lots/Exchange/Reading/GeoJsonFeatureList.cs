using System.Text.Json;

namespace ParkShare.Core.Lots.Exchange.Reading;

/// <summary>The features array: each member a Feature of a known type, with a fresh id and properties free of control characters.</summary>
internal static class GeoJsonFeatureList
{
    public static List<GeoJsonFeature> Read(LotGeoJsonReading reading, JsonElement features)
    {
        var items = new List<GeoJsonFeature>();
        var ids = new HashSet<Guid>();
        var index = -1;
        foreach (var f in features.EnumerateArray())
        {
            index++;
            if (reading.IsFull)
            {
                break;
            }

            if (f.ValueKind != JsonValueKind.Object || !f.TryGetProperty("type", out var t) || t.ValueKind != JsonValueKind.String || t.GetString() != "Feature")
            {
                reading.Problems.Add(new GeoJsonProblem(index, null, null, "not_a_feature"));
                continue;
            }

            var idText = f.TryGetProperty("id", out var idElement) && idElement.ValueKind == JsonValueKind.String ? idElement.GetString() : null;
            var featureType = f.TryGetProperty("feature_type", out var ft) && ft.ValueKind == JsonValueKind.String ? ft.GetString() : null;
            if (featureType is null || !LotGeoJson.FeatureTypes.Contains(featureType))
            {
                reading.Problems.Add(new GeoJsonProblem(index, idText, featureType, "unknown_feature_type", featureType));
                continue;
            }

            if (!Guid.TryParse(idText, out var id) || id == Guid.Empty)
            {
                reading.Problems.Add(new GeoJsonProblem(index, idText, featureType, "invalid_id"));
                continue;
            }

            if (!ids.Add(id))
            {
                reading.Problems.Add(new GeoJsonProblem(index, idText, featureType, "duplicate_id"));
                continue;
            }

            if (!f.TryGetProperty("properties", out var properties) || properties.ValueKind != JsonValueKind.Object)
            {
                reading.Problems.Add(new GeoJsonProblem(index, idText, featureType, "missing_property", "properties"));
                continue;
            }

            var item = new GeoJsonFeature(index, id, featureType, f.TryGetProperty("geometry", out var g) ? g : default, properties);
            if (ControlCharacterIn(properties) is { } property)
            {
                reading.Add(item, "control_characters", property);
                continue;
            }

            items.Add(item);
        }

        return items;
    }

    private static string? ControlCharacterIn(JsonElement properties)
    {
        foreach (var p in properties.EnumerateObject())
        {
            if (p.Value.ValueKind == JsonValueKind.String && p.Value.GetString()!.Any(char.IsControl))
            {
                return p.Name;
            }
        }

        return null;
    }
}
