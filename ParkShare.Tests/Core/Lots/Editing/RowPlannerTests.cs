using ParkShare.Core.Geometry;
using ParkShare.Core.Lots.Editing;

namespace ParkShare.Tests.Core.Lots.Editing;

/// <summary>A row's zone, codes and overlaps, decided before it is added.</summary>
public sealed class RowPlannerTests
{
    /// <summary>Zone A on the west half, zone B on the east half (from x = 30), B already numbered B4-B-001…048.</summary>
    private static LevelDraft TwoZones()
    {
        var draft = Drafts.Empty().AddZone(Drafts.Square(0, 0, 30, 40)).AddZone(Drafts.Square(30, 0, 60, 40));
        return draft.AddRow(new RowSpec(new Point2(30, 30), 0, 12, 2.5, 5, 37, "B4-B-"));
    }

    [Fact]
    public void Propose_DragStartingOnTheZoneEdge_CodesFollowTheZoneItLandsIn()
    {
        var draft = TwoZones();
        Assert.Equal("B", draft.Zones[1].Code);

        // The drag starts exactly on the A/B border: the old rule (zone at the start point) gave "B4-A-" or "B4-".
        var row = RowPlanner.Propose(draft, new Point2(30, 10), new Point2(42.6, 10));
        var spaces = draft.AddRow(row).Spaces.Skip(draft.Spaces.Count).ToList();

        Assert.Equal(5, row.Count);
        Assert.Equal("B4-B-", row.Prefix);
        Assert.Equal(["B4-B-049", "B4-B-050", "B4-B-051", "B4-B-052", "B4-B-053"], spaces.Select(s => s.Code));
        Assert.All(spaces, s => Assert.Equal(draft.Zones[1].Id, s.ZoneId));
    }

    [Fact]
    public void Prefix_ZoneWhoseSpacesUseAnotherPattern_FollowsItsSpaces()
    {
        var draft = Drafts.Empty().AddZone(Drafts.Square(0, 0, 60, 40))
            .AddRow(new RowSpec(new Point2(5, 30), 0, 3, 2.5, 5, 7, "P4-A-"));

        Assert.Equal("P4-A-", RowPlanner.Prefix(draft, draft.Zones[0]));
        Assert.Equal("B4-", RowPlanner.Prefix(draft, null));
        Assert.Equal(10, RowPlanner.Propose(draft, new Point2(5, 10), new Point2(15, 10)).StartNumber);
    }

    [Fact]
    public void Plan_RowOverExistingSpaces_NamesThemAndTheCoveringPlaces()
    {
        var draft = TwoZones();

        // Spaces B4-B-037… lie at x 30..60, y 30..35; a row along y = 28 reaches 2 m into their first four.
        var plan = RowPlanner.Plan(draft, RowPlanner.Propose(draft, new Point2(30, 28), new Point2(40, 28)));

        Assert.True(plan.Overlaps);
        Assert.Equal(["B4-B-037", "B4-B-038", "B4-B-039", "B4-B-040"], plan.Overlapped.Select(s => s.Code));
        Assert.Equal([0, 1, 2, 3], plan.OverlappingPlaces.Order());
        Assert.Equal("B", plan.Zone?.Code);
    }

    [Fact]
    public void Plan_RowSharingAnEdgeWithSpaces_IsNoOverlap()
    {
        var draft = TwoZones();

        // Back to back with the existing row (5.3 m deep): its back edge is their front edge (y = 30).
        var plan = RowPlanner.Plan(draft, RowPlanner.Propose(draft, new Point2(30, 24.7), new Point2(40, 24.7)));

        Assert.False(plan.Overlaps);
        Assert.Empty(plan.OverlappingPlaces);
        Assert.Equal(4, plan.Footprint.Count);
    }

    [Fact]
    public void Check_BadValues_NamesEachFieldAndNoFootprint()
    {
        var bad = new RowSpec(new Point2(5, 5), double.NaN, 0, 0.1, 80, -1, new string('X', 29), -1);

        var problems = RowRules.Check(bad);

        Assert.Equal(
            [RowField.Count, RowField.Width, RowField.Depth, RowField.Gap, RowField.Angle, RowField.StartNumber, RowField.Prefix],
            problems.Select(p => p.Field));
        Assert.Equal("TooLong", problems.Single(p => p.Field == RowField.Prefix).Code);
        Assert.Empty(RowPlanner.Plan(Drafts.Empty(), bad).Footprint);
        Assert.Equal("ControlCharacters", Assert.Single(RowRules.Check(new RowSpec(new Point2(5, 5), 0, 1, Prefix: "B4-\u0007"))).Code);
        Assert.Empty(RowRules.Check(new RowSpec(new Point2(5, 5), 0, 500, StartNumber: 99_499)));
    }
}
