using System.Globalization;
using System.Text.Json;
using ParkShare.Core.Json;
using ParkShare.Core.Lots.Exchange.Reading;

namespace ParkShare.Core.Lots.Exchange;

/// <summary>
/// Checks a <see cref="LotGeoJson"/> file and builds the lot it describes. Every problem names the feature
/// and what is wrong; a file with any problem builds nothing. Each feature type has its reader (Reading/),
/// run in the order their references need: the venue, the levels, then the features that stand on them.
/// </summary>
public static class LotGeoJsonReader
{
    public const int MaxProblems = 100;
    public const string TooLarge = "too_large";

    private static readonly string[] ReadOrder =
        [LotGeoJson.Section, LotGeoJson.Unit, LotGeoJson.Opening, LotGeoJson.Amenity, LotGeoJson.Fixture, LotGeoJson.FootpathNode, LotGeoJson.Footpath, LotGeoJson.Relationship];

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
            return ReadCollection(new LotGeoJsonReading(), document.RootElement);
        }
    }

    /// <summary>
    /// Reads at most <see cref="LotGeoJson.MaxBytes"/> and checks the file; a longer stream is not read further
    /// and answers a single <see cref="TooLarge"/> problem for the file (its detail is the limit in MB).
    /// </summary>
    public static async Task<LotGeoJsonReadResult> ReadAsync(Stream utf8, CancellationToken cancellationToken = default)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await utf8.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > LotGeoJson.MaxBytes)
            {
                return Failed(new GeoJsonProblem(-1, null, null, TooLarge, (LotGeoJson.MaxBytes / (1024 * 1024)).ToString(CultureInfo.InvariantCulture)));
            }

            buffer.Write(chunk, 0, read);
        }

        return Read(buffer.GetBuffer().AsMemory(0, (int)buffer.Length));
    }

    private static LotGeoJsonReadResult Failed(params GeoJsonProblem[] problems) => new(null, problems);

    private static LotGeoJsonReadResult ReadCollection(LotGeoJsonReading reading, JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String
            || type.GetString() != "FeatureCollection" || !root.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array)
        {
            return Failed(new GeoJsonProblem(-1, null, null, "not_feature_collection"));
        }

        if (features.GetArrayLength() > LotGeoJson.MaxFeatures)
        {
            return Failed(new GeoJsonProblem(-1, null, null, "too_many_features", LotGeoJson.MaxFeatures.ToString(CultureInfo.InvariantCulture)));
        }

        var items = GeoJsonFeatureList.Read(reading, features);
        if (reading.Problems.Count > 0)
        {
            return Failed([.. reading.Problems]);
        }

        var venues = items.Where(i => i.Type == LotGeoJson.Venue).ToList();
        if (venues.Count != 1)
        {
            return Failed(new GeoJsonProblem(venues.Count == 0 ? -1 : venues[1].Index, venues.Count == 0 ? null : venues[1].Id.ToString(), LotGeoJson.Venue, venues.Count == 0 ? "missing_venue" : "duplicate_venue"));
        }

        var lot = VenueFeatureReader.Read(reading, venues[0]);
        var crs = root.TryGetProperty(LotGeoJson.CrsMember, out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
        if (crs == LotGeoJson.LocalMetres)
        {
            reading.Geo = null;
        }
        else if (crs is not null and not LotGeoJson.Wgs84)
        {
            reading.Add(venues[0], "invalid_property", LotGeoJson.CrsMember);
        }
        else if (reading.Geo is null && crs == LotGeoJson.Wgs84)
        {
            reading.Add(venues[0], "missing_property", "georeference");
        }

        if (lot is null || reading.Problems.Count > 0)
        {
            return Failed([.. reading.Problems]);
        }

        ReadAll(reading, lot, items);
        return reading.Problems.Count > 0 ? Failed([.. reading.Problems.Take(MaxProblems)]) : new(new LotGeoJsonDocument(lot, reading.FileIds), []);
    }

    private static void ReadAll(LotGeoJsonReading reading, Lot lot, List<GeoJsonFeature> items)
    {
        foreach (var item in items.Where(i => i.Type == LotGeoJson.Level))
        {
            LevelFeatureReader.Read(reading, lot, item);
        }

        foreach (var type in ReadOrder)
        {
            foreach (var item in items.Where(i => i.Type == type))
            {
                if (reading.IsFull)
                {
                    return;
                }

                ReadFeature(reading, lot, item);
            }
        }
    }

    private static void ReadFeature(LotGeoJsonReading reading, Lot lot, GeoJsonFeature item)
    {
        switch (item.Type)
        {
            case LotGeoJson.Section: SectionFeatureReader.Read(reading, item); break;
            case LotGeoJson.Unit: UnitFeatureReader.Read(reading, item); break;
            case LotGeoJson.FootpathNode: FootpathNodeFeatureReader.Read(reading, item); break;
            case LotGeoJson.Footpath: FootpathFeatureReader.Read(reading, item); break;
            case LotGeoJson.Relationship: RelationshipFeatureReader.Read(reading, lot, item); break;
            default: LandmarkFeatureReader.Read(reading, item); break;
        }
    }
}
