using System.Globalization;
using Bunit;
using ParkShare.Core.Refinement;
using ParkShare.Tests.Core;
using ParkShare.Tests.Support;
using ParkShare.Web.Refinement;

namespace ParkShare.Tests.Web.Refinement;

public sealed class PositionPanelTests : ParkShareComponentTest
{
    [Fact]
    public void Render_DetailedPosition_ShowsSpaceLevelAndEveryRouteStep()
    {
        var position = new PositionRefiner().Describe(DemoLot.Map, DemoLot.Space("B3-F-040"), ResolvedBy.SpaceCode);

        var cut = Render<PositionPanel>(ps => ps.Add(p => p.Position, position));

        Assert.Equal("B3-F-040", cut.Find("[data-testid=position-space]").TextContent);
        Assert.Equal("B3", cut.Find("[data-testid=position-level]").TextContent);
        Assert.Equal(position.Route!.Steps.Count, cut.FindAll("[data-testid=route-steps] li").Count);
    }

    [Fact]
    public void Render_EnglishCulture_PhrasesStepsInEnglish()
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("en");
        try
        {
            var position = new PositionRefiner().Describe(DemoLot.Map, DemoLot.Space("B2-A-001"), ResolvedBy.SpaceCode);

            var cut = Render<PositionPanel>(ps => ps.Add(p => p.Position, position));

            Assert.StartsWith("Start at Entrance", cut.FindAll("[data-testid=route-steps] li")[0].TextContent, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
