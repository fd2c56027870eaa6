using ParkShare.Core.Lots;

namespace ParkShare.Tests.Core.Lots;

public class LotGeneratorTests
{
    [Fact]
    public void Generate_Demo_HasLevelsB1B2B3WithNegativeOrdinals()
    {
        var lot = LotGenerator.Generate(LotLayout.Demo);

        Assert.Equal([("B1", -1), ("B2", -2), ("B3", -3)], lot.Levels.Select(l => (l.Name, l.Ordinal)));
    }

    [Fact]
    public void Generate_Demo_HasZonesAToFOnEveryLevel()
    {
        var lot = LotGenerator.Generate(LotLayout.Demo);

        Assert.All(lot.Levels, l => Assert.Equal(["A", "B", "C", "D", "E", "F"], l.Zones.Select(z => z.Code).Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void Generate_Demo_Has48NumberedSpacesPerZoneWithCanonicalCodes()
    {
        var lot = LotGenerator.Generate(LotLayout.Demo);

        Assert.All(lot.Levels, level => Assert.All(level.Zones, zone =>
        {
            var spaces = level.Spaces.Where(s => s.ZoneId == zone.Id).ToList();
            Assert.True(spaces.Count >= 25);
            Assert.Equal(48, spaces.Count);
            Assert.Equal(Enumerable.Range(1, 48), spaces.Select(s => s.Number!.Value).Order());
            Assert.All(spaces, s =>
            {
                Assert.Equal($"{level.Name}-{zone.Code}-{s.Number:000}", s.Code);
                Assert.Equal($"{zone.Code}-{s.Number:000}", s.Label);
            });
        }));
    }

    [Fact]
    public void Generate_Demo_SpacesLieInsideTheirZoneAndLevelWithoutOverlap()
    {
        var map = DemoLot.Map;

        Assert.All(map.Spaces, s =>
        {
            Assert.True(s.Zone!.Polygon.Contains(s.Centroid));
            Assert.True(s.Level.Outline.Contains(s.Centroid));
            Assert.Same(s, s.Level.SpaceAt(s.Centroid));
            Assert.Equal(12.5, s.Polygon.Area, 9);
        });
    }

    [Fact]
    public void Generate_Demo_HasEvAccessibleCompactAndFamilySpaces()
    {
        var kinds = LotGenerator.Generate(LotLayout.Demo).Levels.SelectMany(l => l.Spaces).Select(s => s.Kind).ToHashSet();

        Assert.Contains(SpaceKind.Ev, kinds);
        Assert.Contains(SpaceKind.Accessible, kinds);
        Assert.Contains(SpaceKind.Compact, kinds);
        Assert.Contains(SpaceKind.Family, kinds);
        Assert.Contains(SpaceKind.Standard, kinds);
    }

    [Fact]
    public void Generate_Demo_HasTwoEntrancesOnB1Only()
    {
        var lot = LotGenerator.Generate(LotLayout.Demo);

        var entrances = lot.Levels.SelectMany(l => l.Landmarks.Where(m => m.Kind == LandmarkKind.Entrance).Select(m => l.Name)).ToList();

        Assert.Equal(["B1", "B1"], entrances);
    }

    [Fact]
    public void Generate_Demo_HasFourElevatorsAndTwoStairsPerLevel()
    {
        var lot = LotGenerator.Generate(LotLayout.Demo);

        Assert.All(lot.Levels, l =>
        {
            Assert.Equal(4, l.Landmarks.Count(m => m.Kind == LandmarkKind.Elevator));
            Assert.Equal(2, l.Landmarks.Count(m => m.Kind == LandmarkKind.Stairs));
        });
    }

    [Fact]
    public void Generate_Demo_ConnectsAdjacentLevelsByElevatorsStairsAndRamp()
    {
        var lot = LotGenerator.Generate(LotLayout.Demo);

        Assert.Equal(2 * 4, lot.Connectors.Count(c => c.Kind == ConnectorKind.Elevator));
        Assert.Equal(2 * 2, lot.Connectors.Count(c => c.Kind == ConnectorKind.Stairs));
        Assert.Equal(2, lot.Connectors.Count(c => c.Kind == ConnectorKind.Ramp));
    }

    [Fact]
    public void Generate_Demo_PillarsHaveUniqueMarkerCodesNamedAfterTheirLevel()
    {
        var lot = LotGenerator.Generate(LotLayout.Demo);
        var pillars = lot.Levels.SelectMany(l => l.Landmarks.Where(m => m.Kind == LandmarkKind.Pillar).Select(m => (Level: l, Pillar: m))).ToList();

        Assert.NotEmpty(pillars);
        Assert.All(pillars, p => Assert.StartsWith($"MK-{p.Level.Name}-", p.Pillar.MarkerCode, StringComparison.Ordinal));
        Assert.Equal(pillars.Count, pillars.Select(p => p.Pillar.MarkerCode).Distinct(StringComparer.Ordinal).Count());
        Assert.Contains(pillars, p => p.Pillar.MarkerCode == "MK-B2-014");
    }

    [Fact]
    public void Generate_Twice_GivesIdenticalCodesAndPolygonsInTheSameOrder()
    {
        var first = LotGenerator.Generate(LotLayout.Demo);
        var second = LotGenerator.Generate(LotLayout.Demo);

        static IEnumerable<(string, string, string)> Shape(Lot lot) =>
            lot.Levels.SelectMany(l => l.Spaces.Select(s => (l.Name, s.Code, s.Polygon.ToWkt())));

        static IEnumerable<(string, string?, string)> Landmarks(Lot lot) =>
            lot.Levels.SelectMany(l => l.Landmarks.Select(m => (m.Name, m.MarkerCode, $"{m.X},{m.Y}")));

        Assert.Equal(Shape(first), Shape(second));
        Assert.Equal(Landmarks(first), Landmarks(second));
        Assert.True(first.Levels.SelectMany(l => l.Spaces).Zip(second.Levels.SelectMany(l => l.Spaces)).All(t => t.First.Polygon.Equals(t.Second.Polygon)));
    }

    [Theory]
    [InlineData(9, 3, 12)]
    [InlineData(3, 2, 2)]
    public void Generate_LayoutOutOfRange_Throws(int columns, int rows, int spacesPerRow)
    {
        var layout = LotLayout.Demo with { ZoneColumns = columns, ZoneRows = rows, SpacesPerRow = spacesPerRow };

        Assert.Throws<ArgumentException>(() => LotGenerator.Generate(layout));
    }
}
