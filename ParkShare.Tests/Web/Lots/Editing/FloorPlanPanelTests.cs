using System.Text;
using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ParkShare.Core.Data;
using ParkShare.Core.Lots.FloorPlans;
using ParkShare.Tests.Web.Parking;
using ParkShare.Web.Imaging;
using ParkShare.Web.Lots.Editing;
using ParkShare.Web.Lots.FloorPlans;

namespace ParkShare.Tests.Web.Lots.Editing;

public sealed class FloorPlanPanelTests : LotAdminComponentTest
{
    private readonly List<EditorFloorPlan?> _shown = [];

    public FloorPlanPanelTests()
    {
        Services.AddSingleton(new FloorPlanImageProcessor(Options.Create(new FloorPlanOptions())));
    }

    [Fact]
    public async Task Upload_TextFile_NotImageMessageAndNothingStored()
    {
        var cut = RenderPanel();

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(Encoding.UTF8.GetBytes("hello"), "plan.txt", contentType: "text/plain"));

        cut.WaitForAssertion(() => Assert.Contains(Text<FloorPlanPanel>("FloorPlan.Error.NotImage"), cut.Markup, StringComparison.Ordinal));
        Assert.Equal((0, 0), await StoredAsync());
    }

    [Fact]
    public async Task Upload_DecodersAndTheirQueueFull_BusyMessageAndNothingStored()
    {
        using var gate = new ImageDecodeGate(Options.Create(new ImagingOptions { MaxConcurrentDecodes = 1, MaxQueuedDecodes = 0 }));
        using var release = new ManualResetEventSlim();
        var held = gate.RunAsync(() => release.Wait(TimeSpan.FromMinutes(1)), () => false, CancellationToken.None);
        Services.AddSingleton(new FloorPlanImageProcessor(Options.Create(new FloorPlanOptions()), Options.Create(new ImagingOptions()), gate));
        var cut = RenderPanel();

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(TestImages.Png(500, 400), "plan.png", contentType: "image/png"));

        cut.WaitForAssertion(() => Assert.Contains(Text<FloorPlanPanel>("FloorPlan.Error.Busy"), cut.Markup, StringComparison.Ordinal));
        Assert.Equal((0, 0), await StoredAsync());
        release.Set();
        Assert.True(await held);
    }

    [Fact]
    public async Task Upload_Png_StoredShownInTheEditorAndRecorded()
    {
        var cut = RenderPanel();

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(TestImages.Png(500, 400), "plan.png", contentType: "image/png"));

        cut.WaitForAssertion(() => Assert.Equal("true", cut.Find("[data-testid=floor-plan-panel]").GetAttribute("data-has-plan")));
        Assert.Equal((1, 1), await StoredAsync());
        var shown = Assert.IsType<EditorFloorPlan>(_shown[^1]);
        Assert.Equal((500, 400), (shown.Width, shown.Height));

        // The level is 50 m wide: 0.1 m/px until calibrated.
        Assert.Equal(0.1, shown.Transform.MetersPerPixel, 9);
    }

    [Fact]
    public async Task Calibrate_SamePointTwice_ClearMessageAndPlacementUnchanged()
    {
        var cut = RenderPanel();
        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(TestImages.Png(480, 240), "plan.png", contentType: "image/png"));
        cut.WaitForAssertion(() => cut.Find("[data-testid=floor-plan-pick]"));
        var shownBefore = _shown[^1];

        cut.Find("[data-testid=floor-plan-pick]").Click(new MouseEventArgs { OffsetX = 40, OffsetY = 40 });
        cut.Find("[data-testid=floor-plan-pick]").Click(new MouseEventArgs { OffsetX = 40, OffsetY = 40 });
        cut.Find("#floor-plan-distance").Change("12");
        cut.Find("[data-testid=floor-plan-calibrate]").Click();

        cut.WaitForAssertion(() => Assert.Contains(Text<FloorPlanPanel>("FloorPlan.Calibrate.Error.PointsTooClose"), cut.Markup, StringComparison.Ordinal));
        Assert.Equal(shownBefore, _shown[^1]);
        Assert.Equal((1, 1), await StoredAsync());
    }

    [Fact]
    public async Task CalibrateAndSave_TwoPointsAndDistance_ScaleStored()
    {
        var cut = RenderPanel();
        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(TestImages.Png(480, 240), "plan.png", contentType: "image/png"));
        cut.WaitForAssertion(() => cut.Find("[data-testid=floor-plan-pick]"));

        // Shown at its own size (480 px wide): 300 px apart; 15 m over 300 px = 0.05 m/px.
        cut.Find("[data-testid=floor-plan-pick]").Click(new MouseEventArgs { OffsetX = 100, OffsetY = 100 });
        cut.Find("[data-testid=floor-plan-pick]").Click(new MouseEventArgs { OffsetX = 400, OffsetY = 100 });
        cut.Find("#floor-plan-distance").Change("15");
        cut.Find("[data-testid=floor-plan-calibrate]").Click();
        cut.Find("[data-testid=floor-plan-save]").Click();

        cut.WaitForAssertion(() => Assert.Contains(Text<FloorPlanPanel>("FloorPlan.Saved"), cut.Markup, StringComparison.Ordinal));
        var stored = await Services.GetRequiredService<FloorPlanService>().FindAsync(LotId, B1);
        Assert.Equal(0.05, stored!.Transform.MetersPerPixel, 9);
        Assert.Equal((1, 2), await StoredAsync());
    }

    private IRenderedComponent<FloorPlanPanel> RenderPanel() =>
        Render<FloorPlanPanel>(p => p
            .Add(x => x.LotId, LotId)
            .Add(x => x.LevelId, B1)
            .Add(x => x.OnShow, (EditorFloorPlan? plan) => _shown.Add(plan)));

    private async Task<(int Plans, int Changes)> StoredAsync()
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<ParkShareDbContext>>().CreateDbContextAsync();
        return (await db.FloorPlans.CountAsync(), await db.LotChanges.CountAsync());
    }
}
