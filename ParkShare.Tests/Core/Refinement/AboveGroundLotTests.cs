using ParkShare.Core.Geometry;
using ParkShare.Core.Lots;
using ParkShare.Core.Refinement;

namespace ParkShare.Tests.Core.Refinement;

/// <summary>A small hand-built lot with an above-ground level 2F and a basement B2, each with A-005.</summary>
public class AboveGroundLotTests
{
    private static readonly Lazy<LotMap> LazyMap = new(Build);

    private static LotMap Map => LazyMap.Value;

    [Theory]
    [InlineData("二楼A区5号")]
    [InlineData("2楼A区5号")]
    [InlineData("2层A区005号")]
    [InlineData("2F-A-5")]
    [InlineData("2F A 005")]
    [InlineData("F2-A-5")]
    [InlineData("L2-A-5")]
    [InlineData("Level 2F Zone A No 5")]
    [InlineData("2f-a-005")]
    [InlineData("２Ｆ－Ａ－５")]
    public void Refine_AboveGroundCode_ResolvesSpaceOn2F(string code)
    {
        var result = new PositionRefiner().Refine(Map, new SpaceCodePosition(code));

        Assert.Equal(RefinementStatus.Resolved, result.Status);
        Assert.Equal("2F-A-005", result.Position!.Space.Code);
        Assert.Equal("2F", result.Position.Level.Name);
    }

    [Theory]
    [InlineData("负二层A区5号")]
    [InlineData("B2-A-5")]
    [InlineData("-2层A区5号")]
    [InlineData("-2-A-5")]
    [InlineData("Level -2 Zone A No 5")]
    public void Refine_BasementCode_ResolvesSpaceOnB2(string code)
    {
        var result = new PositionRefiner().Refine(Map, new SpaceCodePosition(code));

        Assert.Equal(RefinementStatus.Resolved, result.Status);
        Assert.Equal("B2-A-005", result.Position!.Space.Code);
    }

    [Theory]
    [InlineData("2A5")]
    [InlineData("2-A-5")]
    [InlineData("Level 2 Zone A No 5")]
    [InlineData("A5")]
    public void Refine_UnsignedOrLevelLessCode_OffersBothLevels(string code)
    {
        var result = new PositionRefiner().Refine(Map, new SpaceCodePosition(code));

        Assert.Equal(RefinementStatus.Ambiguous, result.Status);
        Assert.Equal(["2F-A-005", "B2-A-005"], result.Candidates.Select(c => c.Space.Code));
    }

    [Theory]
    [InlineData("3F-A-5")]
    [InlineData("1F-A-5")]
    [InlineData("三楼A区5号")]
    public void Refine_CodeOnMissingAboveGroundLevel_FailsNotFound(string code)
    {
        var result = new PositionRefiner().Refine(Map, new SpaceCodePosition(code));

        Assert.Equal(RefinementStatus.Failed, result.Status);
        Assert.Equal(RefinementError.SpaceNotFound, result.Error);
    }

    [Theory]
    [InlineData("2F")]
    [InlineData("二楼")]
    [InlineData("2层")]
    public void FindLevelHint_AboveGroundHint_Finds2F(string hint)
    {
        Assert.Equal("2F", LevelHint.Find(Map, hint)?.Name);
    }

    [Fact]
    public void Refine_SpaceWithoutWalkways_ResolvesWithoutRoute()
    {
        var result = new PositionRefiner().Refine(Map, new SpaceCodePosition("2F-A-005"));

        Assert.Equal(RefinementStatus.Resolved, result.Status);
        Assert.Null(result.Position!.Route);
    }

    private static LotMap Build()
    {
        var lot = Lot.Create("Test lot", "Nowhere", "Asia/Shanghai", new Georeference(31.0, 121.0, 0, 1));
        foreach (var (name, ordinal) in new[] { ("2F", 2), ("B2", -2) })
        {
            var level = lot.AddLevel(name, ordinal, Polygon2.Rectangle(0, 0, 40, 20));
            var zone = level.AddZone("A", "A", "#4e79a7", Polygon2.Rectangle(0, 0, 20, 20));
            for (var n = 1; n <= 6; n++)
            {
                level.AddSpace(zone, $"{name}-A-{n:000}", n, Polygon2.Rectangle(n * 2.5, 0, (n + 1) * 2.5, 5), SpaceKind.Standard);
            }
        }

        return LotMap.Build(lot);
    }
}
