using ParkShare.Core.Geometry;
using ParkShare.Core.Lots.Editing;

namespace ParkShare.Tests.Core.Lots.Editing;

/// <summary>The walkway tool's graph rules: a click on the middle of a segment splits it, a click on a node reuses it.</summary>
public sealed class LevelDraftWalkwaysTests
{
    [Fact]
    public void AddWalkway_FromTheMiddleOfASegment_SplitsItIntoTwoAndBranchesFromTheNewNode()
    {
        var draft = Drafts.WithZoneAndAisle();
        var (start, end) = (draft.Nodes[0], draft.Nodes[1]);

        var branched = draft.AddWalkway(new Point2(30, 10.02), new Point2(30, 30));

        Assert.Equal(4, branched.Nodes.Count);
        var middle = Assert.Single(branched.Nodes, n => n.Point == new Point2(30, 10));
        Assert.Equal(3, branched.Edges.Count);
        Assert.Contains(branched.Edges, e => e.FromNodeId == start.Id && e.ToNodeId == middle.Id && e.Id == draft.Edges[0].Id);
        Assert.Contains(branched.Edges, e => e.FromNodeId == middle.Id && e.ToNodeId == end.Id);
        Assert.Contains(branched.Edges, e => e.FromNodeId == middle.Id && branched.Node(e.ToNodeId)!.Point == new Point2(30, 30));
    }

    [Fact]
    public void AddWalkway_EndingOnASegment_SplitsItThere()
    {
        var draft = Drafts.WithZoneAndAisle();

        var joined = draft.AddWalkway(new Point2(20, 30), new Point2(20, 10));

        Assert.Equal(4, joined.Nodes.Count);
        Assert.Equal(3, joined.Edges.Count);
        var middle = joined.NodeAt(new Point2(20, 10))!;
        Assert.Equal(3, joined.Edges.Count(e => e.FromNodeId == middle.Id || e.ToNodeId == middle.Id));
    }

    [Fact]
    public void AddWalkway_AtAnExistingNode_ReusesItWithoutSplitting()
    {
        var draft = Drafts.WithZoneAndAisle();

        var more = draft.AddWalkway(new Point2(58.01, 10), new Point2(58, 30));

        Assert.Equal(3, more.Nodes.Count);
        Assert.Equal(2, more.Edges.Count);
        Assert.Contains(more.Edges, e => e.FromNodeId == draft.Nodes[1].Id);
    }

    [Fact]
    public void AddWalkway_AlongASegmentAlreadyThere_SplitsButAddsNoOverlap()
    {
        var draft = Drafts.WithZoneAndAisle();

        var along = draft.AddWalkway(new Point2(20, 10), new Point2(40, 10));

        Assert.Equal(4, along.Nodes.Count);
        Assert.Equal(3, along.Edges.Count);
    }

    [Fact]
    public void SnapWalkway_NearTheMiddleOfASegment_LandsOnIt()
    {
        var draft = Drafts.Empty().AddWalkway(new Point2(0, 0), new Point2(10, 10));
        var on = new SnapOptions();

        var snapped = Snapper.SnapWalkway(draft, new Point2(5.3, 4.6), on);
        var away = Snapper.SnapWalkway(draft, new Point2(5.3, 2.6), on);

        Assert.Equal(SnapKind.Walkway, snapped.Kind);
        Assert.Equal(draft.Edges[0].Id, snapped.ElementId);
        Assert.Equal(new Point2(5, 5), snapped.Point);
        Assert.Equal(SnapKind.Grid, away.Kind);
        Assert.Equal(SnapKind.Node, Snapper.SnapWalkway(draft, new Point2(9.6, 9.7), on).Kind);
    }
}
