using ParkShare.Core.Geometry;
using ParkShare.Core.Lots.Editing;

namespace ParkShare.Tests.Core.Lots.Editing;

/// <summary>The reshape tool's rules: one vertex at a time, on the outline (the level's id) or a zone, never a crossing ring.</summary>
public sealed class LevelDraftReshapeTests
{
    [Fact]
    public void MoveVertex_OutlineCorner_MovesOnlyThatCornerAndKeepsZones()
    {
        var draft = Drafts.WithZoneAndAisle();

        var moved = draft.MoveVertex(draft.LevelId, 2, new Point2(70.0004, 45));

        Assert.Equal([new(0, 0), new(60, 0), new(70, 45), new(0, 40)], moved.Outline.Points);
        Assert.Equal(draft.Zones, moved.Zones);
    }

    [Fact]
    public void InsertVertex_OnAZoneEdge_AddsThePointAfterTheIndex()
    {
        var draft = Drafts.WithZoneAndAisle();
        var zone = draft.Zones[0];

        var inserted = draft.InsertVertex(zone.Id, 0, new Point2(30, -5));

        Assert.Equal([new(0, 0), new(30, -5), new(60, 0), new(60, 40), new(0, 40)], inserted.Zone(zone.Id)!.Polygon.Points);
        Assert.Equal(zone.Code, inserted.Zone(zone.Id)!.Code);
        Assert.Equal(draft.Outline, inserted.Outline);
    }

    [Fact]
    public void RemoveVertex_DownToThree_AllowedThenRefused()
    {
        var draft = Drafts.WithZoneAndAisle();
        var zone = draft.Zones[0].Id;

        var triangle = draft.RemoveVertex(zone, 3);

        Assert.Equal([new(0, 0), new(60, 0), new(60, 40)], triangle.Zone(zone)!.Polygon.Points);
        var refused = Assert.Throws<DraftEditException>(() => triangle.RemoveVertex(zone, 0));
        Assert.Equal("VertexMinimum", refused.Code);
        Assert.Equal(3, refused.Arguments.Single());
    }

    [Theory]
    [InlineData(2, 30, -10)]
    [InlineData(1, -10, 20)]
    public void MoveVertex_MakesTheRingCrossItself_Refused(int index, double x, double y)
    {
        var draft = Drafts.WithZoneAndAisle();

        var refused = Assert.Throws<DraftEditException>(() => draft.MoveVertex(draft.LevelId, index, new Point2(x, y)));

        Assert.Equal("PolygonCrosses", refused.Code);
    }

    [Fact]
    public void MoveVertex_OntoAnotherVertex_Refused()
    {
        var draft = Drafts.WithZoneAndAisle();

        var refused = Assert.Throws<DraftEditException>(() => draft.MoveVertex(draft.LevelId, 2, new Point2(60, 0)));

        Assert.Equal("PolygonPoints", refused.Code);
    }

    [Fact]
    public void VertexEdits_UnknownPolygonIndexOrNumber_Refused()
    {
        var draft = Drafts.WithZoneAndAisle();

        Assert.Equal("NoPolygon", Assert.Throws<DraftEditException>(() => draft.MoveVertex(Guid.NewGuid(), 0, new Point2(1, 1))).Code);
        Assert.Equal("NoPolygon", Assert.Throws<DraftEditException>(() => draft.InsertVertex(draft.LevelId, 4, new Point2(1, 1))).Code);
        Assert.Equal("NoPolygon", Assert.Throws<DraftEditException>(() => draft.RemoveVertex(draft.Zones[0].Id, -1)).Code);
        Assert.Equal("BadNumber", Assert.Throws<DraftEditException>(() => draft.MoveVertex(draft.LevelId, 0, new Point2(double.NaN, 1))).Code);
    }

    [Fact]
    public void Move_OutlineById_ShiftsTheOutlineOnly()
    {
        var draft = Drafts.WithZoneAndAisle();

        var moved = draft.Move([draft.LevelId], 2, 1);

        Assert.Equal(new Envelope2(2, 1, 62, 41), moved.Outline.Envelope);
        Assert.Equal(draft.Zones, moved.Zones);
    }
}
