using ParkShare.Core.Geometry;
using ParkShare.Core.Lots.Editing;

namespace ParkShare.Tests.Core.Lots.Editing;

public sealed class RenumberingTests
{
    [Fact]
    public void Renumber_RowDrawnWestward_NumbersFollowReadingOrderWestToEast()
    {
        var draft = Drafts.WithZoneAndAisle().AddRow(new RowSpec(new Point2(40, 10), 180, 5, Prefix: "B4-A-"));
        Assert.Equal("B4-A-001", draft.Spaces.MaxBy(s => s.Polygon.Centroid.X)!.Code);

        var renumbered = draft.Renumber(draft.Ids(), "B4-A-", 21);

        var westToEast = renumbered.Spaces.OrderBy(s => s.Polygon.Centroid.X).Select(s => s.Code).ToArray();
        Assert.Equal(["B4-A-021", "B4-A-022", "B4-A-023", "B4-A-024", "B4-A-025"], westToEast);
        Assert.Equal(draft.Ids(), renumbered.Ids());
    }

    [Fact]
    public void RenumberZone_TwoRows_UpperRowFirstThenLower()
    {
        var draft = Drafts.WithZoneAndAisle()
            .AddRow(new RowSpec(new Point2(5, 0), 0, 3, Prefix: "Q-", StartNumber: 50))
            .AddRow(new RowSpec(new Point2(5, 20), 0, 3, Prefix: "Q-", StartNumber: 80));

        var renumbered = draft.RenumberZone(draft.Zones[0].Id);

        var upper = renumbered.Spaces.Where(s => s.Polygon.Centroid.Y > 15).OrderBy(s => s.Polygon.Centroid.X).Select(s => s.Code);
        var lower = renumbered.Spaces.Where(s => s.Polygon.Centroid.Y < 15).OrderBy(s => s.Polygon.Centroid.X).Select(s => s.Code);
        Assert.Equal(["B4-A-001", "B4-A-002", "B4-A-003"], upper);
        Assert.Equal(["B4-A-004", "B4-A-005", "B4-A-006"], lower);
    }

    [Fact]
    public void Renumber_LabelDifferentFromCode_KeepsItsStemWithTheNewNumber()
    {
        var draft = Drafts.WithZoneAndAisle().AddRow(new RowSpec(new Point2(5, 10), 0, 1, Prefix: "B4-A-"));
        var space = draft.Spaces[0];
        draft = draft.UpdateSpace(space.Id, space.Code, "A-001", space.Kind, true);

        var renumbered = draft.Renumber(draft.Ids(), "B4-A-", 9);

        Assert.Equal("A-009", renumbered.Spaces[0].Label);
        Assert.Equal(9, renumbered.Spaces[0].Number);
    }
}
