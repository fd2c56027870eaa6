using ParkShare.Core.Geometry;
using ParkShare.Web.Wayfinding;

namespace ParkShare.Tests.Web.Wayfinding;

public sealed class RouteEndTests
{
    private static readonly Envelope2 Space = new(10, 0, 12.5, 5);

    [Fact]
    public void AtEdge_LastStepIntoTheSpace_StopsWhereItCrossesTheSpaceEdge()
    {
        var trimmed = RouteEnd.AtEdge([new(0, 8), new(11.25, 8), new(11.25, 2.5)], Space);

        Assert.Equal([new Point2(0, 8), new Point2(11.25, 8), new Point2(11.25, 5)], trimmed);
    }

    [Fact]
    public void AtEdge_SeveralPointsInsideTheSpace_DropsThemAll()
    {
        var trimmed = RouteEnd.AtEdge([new(5, 2.5), new(11, 2.5), new(11.5, 2.5)], Space);

        Assert.Equal([new Point2(5, 2.5), new Point2(10, 2.5)], trimmed);
    }

    [Fact]
    public void AtEdge_RouteEndingOutsideTheSpace_Unchanged()
    {
        IReadOnlyList<Point2> route = [new(0, 8), new(11.25, 8)];

        Assert.Same(route, RouteEnd.AtEdge(route, Space));
    }
}
