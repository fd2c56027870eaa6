using System.Text;
using System.Text.Json.Nodes;
using ParkShare.Core.Lots.Exchange;

namespace ParkShare.Tests.Core.Lots.Exchange;

public sealed class LotGeoJsonReaderTests
{
    [Theory]
    [InlineData("{\"type\":", "not_json")]
    [InlineData("[1,2]", "not_feature_collection")]
    [InlineData("{\"type\":\"FeatureCollection\",\"features\":[]}", "missing_venue")]
    public void Read_NotALotFile_ProblemForTheFile(string json, string code)
    {
        var result = LotGeoJsonReader.Read(Encoding.UTF8.GetBytes(json));

        Assert.Null(result.Document);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((-1, code), (problem.Index, problem.Code));
    }

    /// <summary>Found by bench/fuzz.sh: a lone surrogate escape parsed, then threw when the reader took the string (a 500).</summary>
    [Theory]
    [InlineData("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"\\ud800\",\"id\":\"x\"}]}")]
    [InlineData("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"feature_type\":\"\\udc00x\"}]}")]
    public void Read_LoneSurrogateEscape_NotJson(string json)
    {
        var result = LotGeoJsonReader.Read(Encoding.UTF8.GetBytes(json));

        Assert.Null(result.Document);
        Assert.Equal((-1, "not_json"), (Assert.Single(result.Problems).Index, Assert.Single(result.Problems).Code));
    }

    [Fact]
    public void Read_SelfIntersectingSpace_NamesTheUnit()
    {
        var (file, index) = GeoJsonFiles.Broken(LotGeoJson.Unit, f =>
        {
            var ring = f["geometry"]!["coordinates"]![0]!.AsArray();
            (ring[1], ring[2]) = (ring[2]!.DeepClone(), ring[1]!.DeepClone());
        });

        var problem = Assert.Single(LotGeoJsonReader.Read(file).Problems);

        Assert.Equal((index, LotGeoJson.Unit, "self_intersecting"), (problem.Index, problem.FeatureType, problem.Code));
        Assert.NotNull(problem.FeatureId);
    }

    [Fact]
    public void Read_UnknownLevel_NamesTheFeature()
    {
        var (file, index) = GeoJsonFiles.Broken(LotGeoJson.Section, f => GeoJsonFiles.Properties(f)["level_id"] = Guid.NewGuid().ToString());

        var problem = LotGeoJsonReader.Read(file).Problems[0];

        Assert.Equal((index, LotGeoJson.Section, "unknown_level", "level_id"), (problem.Index, problem.FeatureType, problem.Code, problem.Detail));
    }

    [Fact]
    public void Read_DuplicateSpaceCodeInOtherCase_DuplicateCode()
    {
        var root = JsonNode.Parse(GeoJsonFiles.Demo)!;
        var units = root["features"]!.AsArray().Where(f => f!["feature_type"]!.GetValue<string>() == LotGeoJson.Unit).ToList();
        var first = units[0]!["properties"]!["code"]!.GetValue<string>();
        units[1]!["properties"]!["code"] = first.ToLowerInvariant();

        var result = LotGeoJsonReader.Read(Encoding.UTF8.GetBytes(root.ToJsonString()));

        Assert.Null(result.Document);
        Assert.Contains(result.Problems, p => p.Code == "duplicate_code" && p.FeatureType == LotGeoJson.Unit && string.Equals(p.Detail, first.ToLowerInvariant(), StringComparison.Ordinal));
    }

    [Fact]
    public void Read_ControlCharacterInName_NamesTheProperty()
    {
        var (file, index) = GeoJsonFiles.Broken(LotGeoJson.Level, f => GeoJsonFiles.Properties(f)["name"] = "B1\u0007");

        var problem = Assert.Single(LotGeoJsonReader.Read(file).Problems);

        Assert.Equal((index, "control_characters", "name"), (problem.Index, problem.Code, problem.Detail));
    }

    [Fact]
    public void Read_UnknownFeatureTypeAndMissingCode_BothReported()
    {
        var root = JsonNode.Parse(GeoJsonFiles.Demo)!;
        var features = root["features"]!.AsArray();
        features.Add(new JsonObject { ["type"] = "Feature", ["id"] = Guid.NewGuid().ToString(), ["feature_type"] = "kiosk", ["properties"] = new JsonObject() });

        var problems = LotGeoJsonReader.Read(Encoding.UTF8.GetBytes(root.ToJsonString())).Problems;

        Assert.Equal((features.Count - 1, "unknown_feature_type", "kiosk"), (problems[0].Index, problems[0].Code, problems[0].Detail));
    }

    [Fact]
    public void Read_DegenerateZone_Refused()
    {
        var (file, _) = GeoJsonFiles.Broken(LotGeoJson.Section, f =>
            f["geometry"] = JsonNode.Parse("{\"type\":\"Polygon\",\"coordinates\":[[[121.5,31.2],[121.5001,31.2],[121.5002,31.2],[121.5,31.2]]]}"));

        var result = LotGeoJsonReader.Read(file);

        Assert.Null(result.Document);
        Assert.Equal("degenerate_polygon", result.Problems[0].Code);
    }
}
