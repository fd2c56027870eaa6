using System.Text.Json.Nodes;
using ParkShare.Core.Lots;
using ParkShare.Core.Lots.Exchange;
using ParkShare.Core.Refinement;

namespace ParkShare.Tests.Core.Lots.Exchange;

public sealed class LotGeoJsonRoundTripTests
{
    [Fact]
    public void Read_DemoLotExport_EverySpaceRefinesToTheSamePointAndRouteLength()
    {
        var result = LotGeoJsonReader.Read(GeoJsonFiles.Demo);

        Assert.Empty(result.Problems);
        var imported = LotMap.Build(result.Document!.Lot);
        var refiner = new PositionRefiner();
        Assert.Equal(DemoLot.Map.Spaces.Count, imported.Spaces.Count);
        foreach (var original in DemoLot.Map.Spaces)
        {
            var before = refiner.Refine(DemoLot.Map, new SpaceCodePosition(original.Code)).Position!;
            var after = refiner.Refine(imported, new SpaceCodePosition(original.Code)).Position!;
            Assert.Equal(before.Space.Code, after.Space.Code);
            Assert.True(before.Local.DistanceTo(after.Local) < 0.01, $"{original.Code} moved {before.Local.DistanceTo(after.Local)} m");
            // Routes are reported to 0.1 m: a sub-millimetre difference may flip the last digit, never more.
            Assert.InRange(Math.Abs(before.Route!.DistanceMeters - after.Route!.DistanceMeters), 0, 0.1 + 1e-9);
            Assert.Equal(before.NearestLandmark?.Name, after.NearestLandmark?.Name);
        }
    }

    [Fact]
    public void Read_DemoLotExport_KeepsKindsMarkersWalkwaysAndConnectors()
    {
        var lot = LotGenerator.Generate(LotLayout.Demo);

        var copy = LotGeoJsonReader.Read(GeoJsonFiles.Demo).Document!.Lot;

        Assert.Equal(lot.Name, copy.Name);
        Assert.Equal(lot.Georeference, copy.Georeference);
        Assert.Equal(lot.Connectors.Count, copy.Connectors.Count);
        Assert.Equal(
            lot.Levels.SelectMany(l => l.Landmarks).Select(m => $"{m.Kind}:{m.Name}:{m.MarkerCode}").Order(),
            copy.Levels.SelectMany(l => l.Landmarks).Select(m => $"{m.Kind}:{m.Name}:{m.MarkerCode}").Order());
        Assert.Equal(
            lot.Levels.SelectMany(l => l.Spaces).Select(s => $"{s.Code}:{s.Label}:{s.Kind}:{s.Reservable}:{s.Number}").Order(),
            copy.Levels.SelectMany(l => l.Spaces).Select(s => $"{s.Code}:{s.Label}:{s.Kind}:{s.Reservable}:{s.Number}").Order());
        Assert.Equal(lot.Levels.Sum(l => l.WalkwayEdges.Count), copy.Levels.Sum(l => l.WalkwayEdges.Count));
        Assert.NotEqual(lot.Id, copy.Id);
    }

    [Fact]
    public async Task WriteAsync_ExportOfTheImportedDemoFile_SameFeaturesAsTheFile()
    {
        var document = LotGeoJsonReader.Read(GeoJsonFiles.Demo).Document!;
        using var stream = new MemoryStream();

        await LotGeoJsonExporter.WriteAsync(document.Lot, stream);

        // The import gives every element a fresh id; map them back to the file's before comparing feature by feature.
        var text = System.Text.Encoding.UTF8.GetString(stream.ToArray());
        foreach (var (id, fileId) in document.FileIds)
        {
            text = text.Replace(id.ToString(), fileId.ToString(), StringComparison.Ordinal);
        }

        var before = Features(JsonNode.Parse(GeoJsonFiles.Demo)!);
        var after = Features(JsonNode.Parse(text)!);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.All(before, f => Assert.True(JsonNode.DeepEquals(f.Value, after[f.Key]), f.Value!.ToJsonString()));
    }

    private static Dictionary<string, JsonNode?> Features(JsonNode root) =>
        root["features"]!.AsArray().ToDictionary(f => f!["id"]!.GetValue<string>());
}
