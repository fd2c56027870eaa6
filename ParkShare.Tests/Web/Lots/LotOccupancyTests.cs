using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ParkShare.Core.Data;
using ParkShare.Core.Occupancy;
using ParkShare.Core.Parking;
using ParkShare.Web.Lots;

namespace ParkShare.Tests.Web.Lots;

/// <summary>The lot list's live occupancy: free of total from the live states, updated when the lot's states change.</summary>
public sealed class LotOccupancyTests : LotAdminComponentTest
{
    public LotOccupancyTests()
    {
        Services.AddSingleton(Options.Create(new OccupancyOptions()));
        Services.AddSingleton<SpaceStates>();
        Services.AddSingleton<LotOccupancyCounts>();
        SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
    }

    [Fact]
    public async Task Render_SpaceDisabledAfterwards_CountGoesFromOneFreeToNone()
    {
        var cut = Render<LotOccupancy>(p => p.Add(x => x.LotId, LotId));
        cut.WaitForAssertion(() => Assert.Equal("1", cut.Find("[data-testid=lot-occupancy]").GetAttribute("data-free")));
        Assert.Equal("1", cut.Find("[data-testid=lot-occupancy]").GetAttribute("data-total"));
        Assert.Contains(Text<LotOccupancy>("LotList.Free.one", 1, 1), cut.Markup, StringComparison.Ordinal);

        await using (var db = await Services.GetRequiredService<IDbContextFactory<ParkShareDbContext>>().CreateDbContextAsync())
        {
            var space = await db.Spaces.SingleAsync();
            space.Disable();
            await db.SaveChangesAsync();
        }

        Services.GetRequiredService<SpaceStateNotifier>().Notify(LotId);

        cut.WaitForAssertion(() => Assert.Equal("0", cut.Find("[data-testid=lot-occupancy]").GetAttribute("data-free")));
    }
}
