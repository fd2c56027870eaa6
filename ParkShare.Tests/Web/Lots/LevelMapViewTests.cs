using Bunit;
using ParkShare.Core.Geometry;
using ParkShare.Core.Refinement;
using ParkShare.Tests.Core;
using ParkShare.Tests.Support;
using ParkShare.Web.Lots;

namespace ParkShare.Tests.Web.Lots;

public sealed class LevelMapViewTests : ParkShareComponentTest
{
    [Fact]
    public void Render_DemoLevel_DrawsEverySpaceZoneAndLandmark()
    {
        var level = DemoLot.Level("B2");

        var cut = Render<LevelMapView>(ps => ps.Add(p => p.Level, level));

        Assert.Equal(level.Spaces.Count, cut.FindAll("g.space").Count);
        Assert.Equal(
            level.Spaces.Select(s => s.Code).Order(),
            cut.FindAll("g.space").Select(g => g.GetAttribute("data-code")!).Order());
        Assert.Equal(["A", "B", "C", "D", "E", "F"], cut.FindAll("text.zone-label").Select(t => t.TextContent).Order());
        Assert.Equal(4, cut.FindAll("g.landmark-elevator").Count);
        Assert.Equal(level.Spaces.Count(s => s.Kind == ParkShare.Core.Lots.SpaceKind.Ev), cut.FindAll("g.space.kind-ev").Count);
        Assert.Empty(cut.FindAll("[data-testid=space-highlight]"));
    }

    [Fact]
    public void Render_HighlightAndRouteOnThisLevel_DrawsBoth()
    {
        var position = new PositionRefiner().Describe(DemoLot.Map, DemoLot.Space("B2-C-017"), ResolvedBy.SpaceCode);

        var cut = Render<LevelMapView>(ps => ps
            .Add(p => p.Level, position.Level)
            .Add(p => p.Highlight, position.Space)
            .Add(p => p.Route, position.Route));

        Assert.Equal("B2-C-017", cut.Find("[data-testid=space-highlight]").GetAttribute("data-code"));
        Assert.Equal("已选车位", cut.Find("[data-testid=legend-selected]").TextContent); // its colour explained, not read as a state
        var route = cut.Find("polyline.route");
        var leg = position.Route!.Legs.Single(l => l.LevelId == position.Level.Id);
        Assert.Equal(leg.Points.Count, route.GetAttribute("points")!.Split(' ').Length);
    }

    [Fact]
    public void Render_HighlightOnAnotherLevel_DrawsNoHighlightAndOnlyThatLevelsLegs()
    {
        var position = new PositionRefiner().Describe(DemoLot.Map, DemoLot.Space("B3-A-001"), ResolvedBy.SpaceCode);
        var b2 = DemoLot.Level("B2");

        var cut = Render<LevelMapView>(ps => ps
            .Add(p => p.Level, b2)
            .Add(p => p.Highlight, position.Space)
            .Add(p => p.Route, position.Route));

        Assert.Empty(cut.FindAll("[data-testid=space-highlight]"));
        Assert.Empty(cut.FindAll("[data-testid=legend-selected]"));
        Assert.Equal(position.Route!.Legs.Count(l => l.LevelId == b2.Id), cut.FindAll("polyline.route").Count);
    }

    [Fact]
    public void Render_Candidates_MarksOnlyThoseOnThisLevel()
    {
        var candidates = DemoLot.Map.Spaces.Where(s => s.Code.EndsWith("-C-017", StringComparison.Ordinal)).ToList();

        var cut = Render<LevelMapView>(ps => ps.Add(p => p.Level, DemoLot.Level("B1")).Add(p => p.Candidates, candidates));

        Assert.Single(cut.FindAll("polygon.space-candidate"));
    }

    [Fact]
    public async Task OnMapClicked_SvgPoint_ReportsLotLocalPointWithNorthUp()
    {
        var level = DemoLot.Level("B1");
        Point2? clicked = null;
        var cut = Render<LevelMapView>(ps => ps.Add(p => p.Level, level).Add(p => p.OnMapClick, (Point2 pt) => clicked = pt));

        await cut.InvokeAsync(() => cut.Instance.OnMapClickedAsync(10, 6));

        Assert.Equal(new Point2(10, level.Outline.Envelope.MaxY - 6), clicked);
    }

    [Fact]
    public void Render_LiveStates_MarksEachSpaceWithItsState()
    {
        var level = DemoLot.Level("B1");
        var states = level.Spaces.ToDictionary(s => s.Id, _ => ParkShare.Core.Parking.SpaceStateKind.Free);
        states[DemoLot.Space("B1-A-001").Id] = ParkShare.Core.Parking.SpaceStateKind.Reserved;
        states[DemoLot.Space("B1-A-002").Id] = ParkShare.Core.Parking.SpaceStateKind.Occupied;
        states[DemoLot.Space("B1-A-003").Id] = ParkShare.Core.Parking.SpaceStateKind.Disabled;

        var cut = Render<LevelMapView>(ps => ps.Add(p => p.Level, level).Add(p => p.States, states));

        Assert.Equal("Reserved", cut.Find("g.space[data-code='B1-A-001']").GetAttribute("data-state"));
        Assert.Contains("state-occupied", cut.Find("g.space[data-code='B1-A-002']").ClassList);
        Assert.Contains("state-disabled", cut.Find("g.space[data-code='B1-A-003']").ClassList);
        Assert.Equal(level.Spaces.Count - 3, cut.FindAll("g.space.state-free").Count);
    }
}
