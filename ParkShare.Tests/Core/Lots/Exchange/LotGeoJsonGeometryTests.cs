using System.Text.Json.Nodes;
using ParkShare.Core.Geometry;
using ParkShare.Core.Lots;
using ParkShare.Core.Lots.Exchange;

namespace ParkShare.Tests.Core.Lots.Exchange;

/// <summary>Geometries as NetTopologySuite's GeoJSON reader and writer handle them, within the exchange schema.</summary>
public sealed class LotGeoJsonGeometryTests
{
    [Fact]
    public void Read_OpenRing_InvalidGeometryNamesTheUnit()
    {
        var (file, index) = GeoJsonFiles.Broken(LotGeoJson.Unit, f => f["geometry"]!["coordinates"]![0]!.AsArray().RemoveAt(4));

        var problem = Assert.Single(LotGeoJsonReader.Read(file).Problems);

        Assert.Equal((index, LotGeoJson.Unit, "invalid_geometry", "Polygon"), (problem.Index, problem.FeatureType, problem.Code, problem.Detail));
    }

    [Fact]
    public void Read_PolygonWithHole_InvalidGeometry()
    {
        var (file, index) = GeoJsonFiles.Broken(LotGeoJson.Section, f =>
        {
            var rings = f["geometry"]!["coordinates"]!.AsArray();
            rings.Add(rings[0]!.DeepClone());
        });

        var problem = LotGeoJsonReader.Read(file).Problems[0];

        Assert.Equal((index, "invalid_geometry", "Polygon"), (problem.Index, problem.Code, problem.Detail));
    }

    [Theory]
    [InlineData("polygon")]
    [InlineData("4")]
    [InlineData("MultiPolygon")]
    public void Read_TypeNotExactlyPolygon_InvalidGeometry(string type)
    {
        var (file, index) = GeoJsonFiles.Broken(LotGeoJson.Level, f => f["geometry"]!["type"] = type);

        var problem = LotGeoJsonReader.Read(file).Problems[0];

        Assert.Equal((index, "invalid_geometry"), (problem.Index, problem.Code));
    }

    [Fact]
    public void Read_PositionsWithAltitude_AltitudeIgnored()
    {
        var (file, _) = GeoJsonFiles.Broken(LotGeoJson.Unit, f =>
        {
            foreach (var position in f["geometry"]!["coordinates"]![0]!.AsArray())
            {
                position!.AsArray().Add(12.5);
            }
        });

        var result = LotGeoJsonReader.Read(file);

        Assert.Empty(result.Problems);
        Assert.Equal(LotGeoJsonReader.Read(GeoJsonFiles.Demo).Document!.Lot.Levels.Sum(l => l.Spaces.Count), result.Document!.Lot.Levels.Sum(l => l.Spaces.Count));
    }

    [Fact]
    public async Task WriteAsync_ClockwiseSpaceInLocalMetres_RingKeepsTheLotsOrderAndCloses()
    {
        var lot = Lot.Create("Test", "", "Asia/Shanghai", Georeference.None);
        var level = lot.AddLevel("B1", -1, Polygon2.Rectangle(0, 0, 50, 50));
        level.AddSpace(null, "A1", 1, new Polygon2([new(1, 1), new(1, 6.25), new(3.5, 6.25), new(3.5, 1)]), SpaceKind.Standard);
        using var stream = new MemoryStream();

        await LotGeoJsonExporter.WriteAsync(lot, stream);

        var root = JsonNode.Parse(stream.ToArray())!;
        var unit = root["features"]!.AsArray().Single(f => f!["feature_type"]!.GetValue<string>() == LotGeoJson.Unit)!;
        Assert.Equal(LotGeoJson.LocalMetres, root[LotGeoJson.CrsMember]!.GetValue<string>());
        Assert.Equal("{\"type\":\"Polygon\",\"coordinates\":[[[1,1],[1,6.25],[3.5,6.25],[3.5,1],[1,1]]]}", unit["geometry"]!.ToJsonString());
        var copy = LotGeoJsonReader.Read(stream.ToArray()).Document!.Lot.Levels.Single().Spaces.Single();
        Assert.Equal(level.Spaces.Single().Polygon.Points, copy.Polygon.Points);
    }

    [Fact]
    public void Read_FeatureWithoutGeometry_InvalidGeometry()
    {
        var (file, index) = GeoJsonFiles.Broken(LotGeoJson.Fixture, f => f.Remove("geometry"));

        var problem = LotGeoJsonReader.Read(file).Problems[0];

        Assert.Equal((index, "invalid_geometry", "Point"), (problem.Index, problem.Code, problem.Detail));
    }
}
