using ParkShare.Core.Geometry;
using ParkShare.Core.Lots.Editing;

namespace ParkShare.Tests.Core.Lots.Editing;

public sealed class SpaceOverlapsTests
{
    [Fact]
    public void Created_SpaceMovedOntoItsNeighbour_NamesThatPairOnly()
    {
        var before = Drafts.WithZoneAndAisle().AddRow(new RowSpec(new Point2(5, 10), 0, 3, 2.5, 5, 1, "B4-A-"));
        var (a, b) = (before.Spaces[0], before.Spaces[1]);

        var after = before.Move([a.Id], 1, 0);

        var created = Assert.Single(SpaceOverlaps.Created(before, after));
        Assert.Equal(new[] { a.Id, b.Id }.Order(), new[] { created.First.Id, created.Second.Id }.Order());
    }

    [Fact]
    public void Created_OverlapAlreadyThere_NotCreatedAgain()
    {
        var start = Drafts.WithZoneAndAisle().AddRow(new RowSpec(new Point2(5, 10), 0, 3, 2.5, 5, 1, "B4-A-"));
        var before = start.Move([start.Spaces[0].Id], 1, 0);

        var after = before.Move([before.Spaces[0].Id], 0.5, 0);

        Assert.Single(SpaceOverlaps.Find(after.Spaces));
        Assert.Empty(SpaceOverlaps.Created(before, after));
    }

    [Fact]
    public void Created_SpaceResizedOverItsNeighbour_Found()
    {
        var before = Drafts.WithZoneAndAisle().AddRow(new RowSpec(new Point2(5, 10), 0, 3, 2.5, 5, 1, "B4-A-"));

        var after = before.ResizeSpace(before.Spaces[0].Id, new Point2(10.5, 15));

        Assert.Equal(2, SpaceOverlaps.Created(before, after).Count);
    }
}
