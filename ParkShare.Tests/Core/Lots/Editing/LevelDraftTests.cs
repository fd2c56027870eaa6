using ParkShare.Core.Geometry;
using ParkShare.Core.Lots;
using ParkShare.Core.Lots.Editing;

namespace ParkShare.Tests.Core.Lots.Editing;

public sealed class LevelDraftTests
{
    [Fact]
    public void From_DemoLevel_KeepsEveryIdAndCount()
    {
        var lot = LotGenerator.Generate(LotLayout.Demo);
        var level = lot.Levels[0];

        var draft = LevelDraft.From(level);

        Assert.Equal(level.Spaces.Select(s => s.Id), draft.Spaces.Select(s => s.Id));
        Assert.Equal(level.WalkwayEdges.Count, draft.Edges.Count);
        Assert.Equal(level.Landmarks.Single(l => l.MarkerCode == "MK-B1-001").Id, draft.Landmarks.Single(l => l.MarkerCode == "MK-B1-001").Id);
    }

    [Fact]
    public void Move_Landmark_TakesTheWalkwayNodeStandingThere()
    {
        var draft = Drafts.WithZoneAndAisle();

        var moved = draft.Move([draft.Landmarks[0].Id], 1, -1);

        Assert.Equal(new Point2(3, 9), moved.Landmarks[0].Point);
        Assert.Equal(new Point2(3, 9), moved.Nodes.Single(n => n.LandmarkId == draft.Landmarks[0].Id).Point);
    }

    [Fact]
    public void AddWalkway_FromExistingNode_ReusesItAndNeverDuplicatesAnEdge()
    {
        var draft = Drafts.WithZoneAndAisle();

        var more = draft.AddWalkway(new Point2(58, 10), new Point2(58, 30)).AddWalkway(new Point2(58, 30), new Point2(58, 10));

        Assert.Equal(3, more.Nodes.Count);
        Assert.Equal(2, more.Edges.Count);
        Assert.Equal(draft.Landmarks[0].Id, draft.Nodes[0].LandmarkId);
    }

    [Fact]
    public void Remove_NodeAndZone_TakesEdgesAndLeavesSpacesZoneless()
    {
        var draft = Drafts.WithZoneAndAisle().AddRow(new RowSpec(new Point2(5, 10), 0, 2));

        var removed = draft.Remove([draft.Nodes[1].Id, draft.Zones[0].Id]);

        Assert.Empty(removed.Edges);
        Assert.Empty(removed.Zones);
        Assert.All(removed.Spaces, s => Assert.Null(s.ZoneId));
    }

    [Fact]
    public void RotateAndResize_Space_TurnsAboutItsCentreAndKeepsTheFrontCorner()
    {
        var draft = Drafts.Empty().AddRow(new RowSpec(new Point2(10, 10), 0, 1, 2, 5));
        var id = draft.Spaces[0].Id;

        var turned = draft.Rotate([id], 90);
        Assert.Equal(new Envelope2(8.5, 11.5, 13.5, 13.5), turned.Space(id)!.Polygon.Envelope);

        var resized = draft.ResizeSpace(id, new Point2(13, 16));
        Assert.Equal(new Envelope2(10, 10, 13, 16), resized.Space(id)!.Polygon.Envelope);
    }

    [Fact]
    public void WithOutline_TwoDistinctPoints_RefusedWithPolygonPoints()
    {
        var ex = Assert.Throws<DraftEditException>(() => Drafts.Empty().WithOutline([new(0, 0), new(1, 1), new(0, 0)]));
        Assert.Equal("PolygonPoints", ex.Code);
    }
}
