using System.Text.Json;
using ParkShare.Core.Json;

namespace ParkShare.Core.Lots.Exchange;

/// <summary>
/// Checks a <see cref="LotGeoJson"/> file and builds the lot it describes. Every problem names the feature
/// and what is wrong; a file with any problem builds nothing.
/// </summary>
public sealed partial class LotGeoJsonReader
{
    public const int MaxProblems = 100;

    private readonly List<GeoJsonProblem> _problems = [];
    private readonly Dictionary<Guid, Guid> _fileIds = [];
    private readonly Dictionary<Guid, Level> _levels = [];
    private readonly Dictionary<Guid, Zone> _zones = [];
    private readonly Dictionary<Guid, Landmark> _landmarks = [];
    private readonly Dictionary<Guid, WalkwayNode> _nodes = [];
    private readonly HashSet<string> _spaceCodes = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _markerCodes = new(StringComparer.OrdinalIgnoreCase);
    private Georeference? _geo;

    private LotGeoJsonReader()
    {
    }

    private sealed record Item(int Index, Guid Id, string Type, JsonElement Geometry, JsonElement Properties);

    public static LotGeoJsonReadResult Read(ReadOnlyMemory<byte> utf8)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = 32 });
        }
        catch (JsonException)
        {
            return Failed(new GeoJsonProblem(-1, null, null, "not_json"));
        }

        if (!JsonStrings.AreWellFormed(utf8.Span))
        {
            document.Dispose();
            return Failed(new GeoJsonProblem(-1, null, null, "not_json"));
        }

        using (document)
        {
            return new LotGeoJsonReader().ReadCollection(document.RootElement);
        }
    }

    private static LotGeoJsonReadResult Failed(params GeoJsonProblem[] problems) => new(null, problems);

    private LotGeoJsonReadResult ReadCollection(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String
            || type.GetString() != "FeatureCollection" || !root.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array)
        {
            return Failed(new GeoJsonProblem(-1, null, null, "not_feature_collection"));
        }

        if (features.GetArrayLength() > LotGeoJson.MaxFeatures)
        {
            return Failed(new GeoJsonProblem(-1, null, null, "too_many_features", LotGeoJson.MaxFeatures.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        var items = Items(features);
        if (_problems.Count > 0)
        {
            return Failed([.. _problems]);
        }

        var venues = items.Where(i => i.Type == LotGeoJson.Venue).ToList();
        if (venues.Count != 1)
        {
            return Failed(new GeoJsonProblem(venues.Count == 0 ? -1 : venues[1].Index, venues.Count == 0 ? null : venues[1].Id.ToString(), LotGeoJson.Venue, venues.Count == 0 ? "missing_venue" : "duplicate_venue"));
        }

        var lot = ReadVenue(venues[0]);
        var crs = root.TryGetProperty(LotGeoJson.CrsMember, out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
        if (crs == LotGeoJson.LocalMetres)
        {
            _geo = null;
        }
        else if (crs is not null and not LotGeoJson.Wgs84)
        {
            Add(venues[0], "invalid_property", LotGeoJson.CrsMember);
        }
        else if (_geo is null && crs == LotGeoJson.Wgs84)
        {
            Add(venues[0], "missing_property", "georeference");
        }

        if (lot is null || _problems.Count > 0)
        {
            return Failed([.. _problems]);
        }

        ReadAll(lot, items);
        return _problems.Count > 0 ? Failed([.. _problems.Take(MaxProblems)]) : new(new LotGeoJsonDocument(lot, _fileIds), []);
    }

    private void ReadAll(Lot lot, List<Item> items)
    {
        foreach (var item in items.Where(i => i.Type == LotGeoJson.Level))
        {
            ReadLevel(lot, item);
        }

        string[] order = [LotGeoJson.Section, LotGeoJson.Unit, LotGeoJson.Opening, LotGeoJson.Amenity, LotGeoJson.Fixture, LotGeoJson.FootpathNode, LotGeoJson.Footpath, LotGeoJson.Relationship];
        foreach (var type in order)
        {
            foreach (var item in items.Where(i => i.Type == type))
            {
                if (_problems.Count >= MaxProblems)
                {
                    return;
                }

                ReadFeature(lot, item);
            }
        }
    }

    private List<Item> Items(JsonElement features)
    {
        var items = new List<Item>();
        var ids = new HashSet<Guid>();
        var index = -1;
        foreach (var f in features.EnumerateArray())
        {
            index++;
            if (_problems.Count >= MaxProblems)
            {
                break;
            }

            if (f.ValueKind != JsonValueKind.Object || !f.TryGetProperty("type", out var t) || t.ValueKind != JsonValueKind.String || t.GetString() != "Feature")
            {
                _problems.Add(new GeoJsonProblem(index, null, null, "not_a_feature"));
                continue;
            }

            var idText = f.TryGetProperty("id", out var idElement) && idElement.ValueKind == JsonValueKind.String ? idElement.GetString() : null;
            var featureType = f.TryGetProperty("feature_type", out var ft) && ft.ValueKind == JsonValueKind.String ? ft.GetString() : null;
            if (featureType is null || !LotGeoJson.FeatureTypes.Contains(featureType))
            {
                _problems.Add(new GeoJsonProblem(index, idText, featureType, "unknown_feature_type", featureType));
                continue;
            }

            if (!Guid.TryParse(idText, out var id) || id == Guid.Empty)
            {
                _problems.Add(new GeoJsonProblem(index, idText, featureType, "invalid_id"));
                continue;
            }

            if (!ids.Add(id))
            {
                _problems.Add(new GeoJsonProblem(index, idText, featureType, "duplicate_id"));
                continue;
            }

            if (!f.TryGetProperty("properties", out var properties) || properties.ValueKind != JsonValueKind.Object)
            {
                _problems.Add(new GeoJsonProblem(index, idText, featureType, "missing_property", "properties"));
                continue;
            }

            var item = new Item(index, id, featureType, f.TryGetProperty("geometry", out var g) ? g : default, properties);
            if (ControlCharacterIn(properties) is { } property)
            {
                Add(item, "control_characters", property);
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

    private void Add(Item item, string code, string? detail = null) =>
        _problems.Add(new GeoJsonProblem(item.Index, item.Id.ToString(), item.Type, code, detail));
}
