using ParkShare.Tests.Core;
using ParkShare.Web.Lots;

namespace ParkShare.Tests.Web.Lots;

public sealed class LevelMapMarkupTests
{
    [Fact]
    public void Space_SameLevelTwice_OneSharedStringWithPolygonAndNumber()
    {
        var level = DemoLot.Level("B1");
        var space = level.Spaces[0];

        var first = LevelMapMarkup.Space(level, space);
        var second = LevelMapMarkup.Space(level, space);

        Assert.Same(first.Value, second.Value);
        Assert.StartsWith("<polygon points=\"", first.Value, StringComparison.Ordinal);
        Assert.Equal(space.Polygon.Points.Count, first.Value.Split('"')[1].Split(' ').Length);
        Assert.EndsWith($">{space.Number}</text>", first.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Walkways_DemoLevel_OneLinePerWalkway()
    {
        var level = DemoLot.Level("B2");

        var markup = LevelMapMarkup.Walkways(level).Value;

        Assert.Equal(level.Walkways.Count, markup.Split("<line class=\"walkway\"").Length - 1);
    }
}
