using ParkShare.Core.Geometry;
using ParkShare.Core.Lots;
using ParkShare.Core.Lots.Editing;

namespace ParkShare.Tests.Core.Lots.Editing;

public sealed class SnapperTests
{
    private static readonly SnapOptions On = new(Enabled: true, GridStep: 0.5, Radius: 1.0);

    [Fact]
    public void Snap_NearAnExistingNode_TakesTheNodeBeforeTheLandmarkThere()
    {
        var draft = Drafts.WithZoneAndAisle();

        var snapped = Snapper.Snap(draft, new Point2(2.4, 10.3), On);

        Assert.Equal(SnapKind.Node, snapped.Kind);
        Assert.Equal(new Point2(2, 10), snapped.Point);
    }

    [Fact]
    public void Snap_NearALandmarkWithoutNode_TakesTheLandmark()
    {
        var draft = Drafts.Empty().AddLandmark(LandmarkKind.Stairs, new Point2(20.2, 7.7));

        var snapped = Snapper.Snap(draft, new Point2(20, 8), On);

        Assert.Equal(SnapKind.Landmark, snapped.Kind);
        Assert.Equal(new Point2(20.2, 7.7), snapped.Point);
        Assert.Equal(draft.Landmarks[0].Id, snapped.ElementId);
    }

    [Fact]
    public void Snap_NearASpaceFront_TakesTheMiddleOfTheFront()
    {
        var draft = Drafts.Empty().AddRow(new RowSpec(new Point2(10, 10), 0, 1));

        var snapped = Snapper.Snap(draft, new Point2(11.1, 9.4), On);

        Assert.Equal(SnapKind.SpaceFront, snapped.Kind);
        Assert.Equal(new Point2(11.25, 10), snapped.Point);
    }

    [Fact]
    public void Snap_NothingNear_RoundsToTheGrid_AndOffLeavesThePoint()
    {
        var draft = Drafts.Empty();

        Assert.Equal(new Point2(33.5, 12), Snapper.Snap(draft, new Point2(33.62, 11.9), On).Point);
        Assert.Equal(SnapKind.Grid, Snapper.Snap(draft, new Point2(33.62, 11.9), On).Kind);
        Assert.Equal(new Point2(33.62, 11.9), Snapper.Snap(draft, new Point2(33.62, 11.9), SnapOptions.Off).Point);
        Assert.Equal(1.5, Snapper.ToGrid(1.37, On));
    }
}
