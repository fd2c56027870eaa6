using System.Diagnostics;
using ParkShare.Core.Geometry;
using ParkShare.Core.Lots.Editing;

namespace ParkShare.Tests.Core.Lots.Editing;

public sealed class RowGeneratorTests
{
    [Fact]
    public void Generate_TenSpacesEastward_NumberedAndSideBySide()
    {
        var row = RowGenerator.Generate(new RowSpec(new Point2(10, 5), 0, 10, 2.5, 5, 7, "b4-a-"));

        Assert.Equal(10, row.Count);
        Assert.Equal("B4-A-007", row[0].Code);
        Assert.Equal("B4-A-016", row[^1].Code);
        Assert.Equal(16, row[^1].Number);
        Assert.Equal(new Envelope2(10, 5, 12.5, 10), row[0].Polygon.Envelope);
        Assert.Equal(new Envelope2(32.5, 5, 35, 10), row[^1].Polygon.Envelope);
        Assert.Equal(new Point2(11.25, 5), row[0].Front);
        Assert.Equal(10, row.Select(s => s.Id).Distinct().Count());
    }

    [Fact]
    public void Generate_NorthwardWithGap_SpacesExtendToTheLeftAndLeaveTheGap()
    {
        var row = RowGenerator.Generate(new RowSpec(new Point2(0, 0), 90, 2, 2, 5, 1, "X-", Gap: 0.5));

        Assert.Equal(new Envelope2(-5, 0, 0, 2), row[0].Polygon.Envelope);
        Assert.Equal(new Envelope2(-5, 2.5, 0, 4.5), row[1].Polygon.Envelope);
        Assert.Equal(10, row[0].Polygon.Area, 6);
    }

    [Theory]
    [InlineData(10_000)]
    [InlineData(0)]
    [InlineData(-3)]
    public void Generate_CountOutsideOneToMax_RefusedAtOnceWithRowCount(int count)
    {
        var watch = Stopwatch.StartNew();
        var ex = Assert.Throws<DraftEditException>(() => RowGenerator.Generate(new RowSpec(default, 0, count)));

        Assert.Equal("RowCount", ex.Code);
        Assert.Equal(RowGenerator.MaxCount, ex.Arguments[1]);
        Assert.True(watch.ElapsedMilliseconds < 1000);
    }

    [Theory]
    [InlineData(0.0, 5.0)]
    [InlineData(2.5, double.NaN)]
    [InlineData(500.0, 5.0)]
    public void Generate_AbsurdSize_RefusedWithRowSize(double width, double depth)
    {
        var ex = Assert.Throws<DraftEditException>(() => RowGenerator.Generate(new RowSpec(default, 0, 3, width, depth)));
        Assert.Equal("RowSize", ex.Code);
    }

    [Fact]
    public void CountAlong_DragOfTwentySixMetres_FitsTenSpacesOfTwoAndAHalf()
    {
        Assert.Equal(10, RowGenerator.CountAlong(26, 2.5, 0));
        Assert.Equal(1, RowGenerator.CountAlong(0.3, 2.5, 0));
    }

    [Fact]
    public void AddRow_WithoutZone_SpacesJoinTheZoneTheyLieIn()
    {
        var draft = Drafts.WithZoneAndAisle().AddRow(new RowSpec(new Point2(5, 10), 0, 4, Prefix: "B4-A-"));

        Assert.All(draft.Spaces, s => Assert.Equal(draft.Zones[0].Id, s.ZoneId));
    }
}
