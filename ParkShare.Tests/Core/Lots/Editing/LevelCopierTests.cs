using ParkShare.Core.Geometry;
using ParkShare.Core.Lots;
using ParkShare.Core.Lots.Editing;

namespace ParkShare.Tests.Core.Lots.Editing;

public sealed class LevelCopierTests
{
    [Fact]
    public void Copy_DemoLevel_ClonesEverythingWithNewIdsAndRePrefixedCodes()
    {
        var lot = LotGenerator.Generate(LotLayout.Demo);
        var source = lot.Levels.Single(l => l.Name == "B2");

        var copy = LevelCopier.Copy(lot, source, "B4", -4);

        var level = Assert.IsType<Level>(copy.Level);
        Assert.Equal(LotEditError.None, copy.Error);
        Assert.Equal(("B4", -4, source.Outline), (level.Name, level.Ordinal, level.Outline));
        Assert.Equal(source.Zones.Select(z => z.Code), level.Zones.Select(z => z.Code));
        Assert.Equal(source.Spaces.Select(s => "B4" + s.Code[2..]), level.Spaces.Select(s => s.Code));
        Assert.Contains(level.Spaces, s => s.Code == "B4-C-017");
        Assert.Equal(source.Spaces.Select(s => s.Kind), level.Spaces.Select(s => s.Kind));
        Assert.Contains(level.Landmarks, m => m.MarkerCode == "MK-B4-014");
        Assert.DoesNotContain(level.Landmarks, m => m.MarkerCode?.Contains("B2", StringComparison.Ordinal) == true);
        Assert.Equal(source.WalkwayNodes.Count, level.WalkwayNodes.Count);
        Assert.Equal(source.WalkwayEdges.Count, level.WalkwayEdges.Count);

        var sourceIds = source.Spaces.Select(s => s.Id).Concat(source.Zones.Select(z => z.Id)).Concat(source.Landmarks.Select(m => m.Id))
            .Concat(source.WalkwayNodes.Select(n => n.Id)).Concat(source.WalkwayEdges.Select(e => e.Id)).ToHashSet();
        Assert.DoesNotContain(level.Spaces.Select(s => s.Id).Concat(level.Landmarks.Select(m => m.Id)).Concat(level.WalkwayNodes.Select(n => n.Id)), sourceIds.Contains);

        // Every copied edge joins copied nodes; every landmark node points at the copied landmark.
        var nodeIds = level.WalkwayNodes.Select(n => n.Id).ToHashSet();
        Assert.All(level.WalkwayEdges, e => Assert.True(nodeIds.Contains(e.FromNodeId) && nodeIds.Contains(e.ToNodeId)));
        var landmarkIds = level.Landmarks.Select(m => m.Id).ToHashSet();
        Assert.All(level.WalkwayNodes.Where(n => n.LandmarkId is not null), n => Assert.Contains(n.LandmarkId!.Value, landmarkIds));
        Assert.Equal(source.Spaces.Count(s => s.ZoneId is not null), level.Spaces.Count(s => s.ZoneId is { } z && level.Zones.Any(c => c.Id == z)));

        // The copy indexes like any other level: its codes resolve.
        var map = LotMap.Build(lot);
        Assert.Equal(4, map.Levels.Count);
        Assert.Single(map.Spaces, s => s.Code == "B4-C-017");
    }

    [Fact]
    public void Copy_CodesThatWouldRepeat_RefusedWholeWithTheCodes()
    {
        var lot = Lot.Create("Test", "", "Asia/Shanghai", Georeference.None);
        var b1 = lot.AddLevel("B1", -1, Polygon2.Rectangle(0, 0, 50, 50));
        b1.AddSpace(null, "B1-A-001", 1, Polygon2.Rectangle(0, 0, 2.5, 5), SpaceKind.Standard);
        b1.AddSpace(null, "B1-A-002", 2, Polygon2.Rectangle(2.5, 0, 5, 5), SpaceKind.Standard);
        var other = lot.AddLevel("M", 1, Polygon2.Rectangle(0, 0, 50, 50));
        other.AddSpace(null, "B3-A-002", 2, Polygon2.Rectangle(0, 0, 2.5, 5), SpaceKind.Standard);

        var copy = LevelCopier.Copy(lot, b1, "B3", -3);

        Assert.Null(copy.Level);
        Assert.Equal(LotEditError.CodesCollide, copy.Error);
        Assert.Equal(["B3-A-002"], copy.Collisions);
        Assert.Equal(2, lot.Levels.Count);
    }

    [Theory]
    [InlineData("B1", -5, LotEditError.LevelNameTaken)]
    [InlineData("b1", -5, LotEditError.LevelNameTaken)]
    [InlineData("B5", -1, LotEditError.OrdinalTaken)]
    [InlineData("B5", -999, LotEditError.OrdinalOutOfRange)]
    [InlineData("", -5, LotEditError.NameRequired)]
    [InlineData("B 5", -5, LotEditError.NameInvalid)]
    [InlineData("B\u00075", -5, LotEditError.NameInvalid)]
    public void Copy_BadTarget_Refused(string name, int ordinal, LotEditError expected)
    {
        var lot = LotGenerator.Generate(LotLayout.Demo);

        var copy = LevelCopier.Copy(lot, lot.Levels[0], name, ordinal);

        Assert.Equal((null, expected), (copy.Level, copy.Error));
        Assert.Equal(3, lot.Levels.Count);
    }

    [Theory]
    [InlineData("B2-C-017", "B3-C-017")]
    [InlineData("MK-B2-014", "MK-B3-014")]
    [InlineData("b2-c-017", "B3-c-017")]
    [InlineData("C-017", "B3-C-017")]
    [InlineData("B22-C-017", "B3-B22-C-017")]
    public void RePrefix_Code_ReplacesTheLevelSegmentOnly(string code, string expected) =>
        Assert.Equal(expected, LevelCopier.RePrefix(code, "B2", "B3"));
}
