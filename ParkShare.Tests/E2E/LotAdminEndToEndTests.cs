using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using ParkShare.Core.Data;
using ParkShare.Core.Geometry;
using ParkShare.Core.Lots;

namespace ParkShare.Tests.E2E;

/// <summary>An Admin sets up a lot from scratch in real Chromium: lot, level B1, its copy B2, an elevator, the history.</summary>
public sealed class LotAdminEndToEndTests(HostProcess host) : IClassFixture<HostProcess>
{
    [Fact]
    public async Task NewLot_AddLevelCopyItConnectElevator_HistoryListsEveryStep()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright);
        var page = await StaffConsole.SignInAsync(browser, host, "zh-CN", "/");
        await page.WaitForSelectorAsync("[data-interactive=true]");

        await page.ClickAsync("[data-testid=new-lot]");
        await page.WaitForSelectorAsync("#lot-name");
        await page.FillAsync("#lot-name", "新天地停车场");
        await page.FillAsync("#lot-address", "上海市黄浦区马当路 245 号");
        await page.ClickAsync("[data-testid=lot-form-submit]");
        await page.WaitForURLAsync("**/levels");
        var lotId = Guid.Parse(page.Url.Split('/')[^2]);

        await page.FillAsync("#level-add-name", "B1");
        await page.FillAsync("#level-add-ordinal", "-1");
        await page.ClickAsync("[data-testid=level-add-submit]");
        await page.WaitForSelectorAsync("tr[data-level=B1]");
        var elevator = await DrawElevatorAsync(lotId, "B1");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ArtifactPath("lotadmin-levels-b1.png"), FullPage = true });

        await page.ClickAsync("tr[data-level=B1] [data-testid=level-copy]");
        await page.FillAsync("#level-copy-name", "B2");
        await page.FillAsync("#level-copy-ordinal", "-2");
        await page.ClickAsync("[data-testid=level-copy-submit]");
        await page.WaitForSelectorAsync("tr[data-level=B2]");
        var copied = await LandmarkIdAsync(lotId, "B2");

        await page.ClickAsync("[data-testid=open-connectors]");
        await page.WaitForSelectorAsync("#connector-end-1");
        await page.FillAsync("#connector-name", "1");
        await page.SelectOptionAsync("#connector-end-0", elevator.ToString());
        await page.SelectOptionAsync("#connector-end-1", copied.ToString());
        await page.ClickAsync("[data-testid=connector-submit]");
        await page.WaitForSelectorAsync("tr[data-connector='1:B2-B1']");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ArtifactPath("lotadmin-connectors.png"), FullPage = true });

        await page.GotoAsync($"{host.BaseUrl}/console/lots/{lotId}/history");
        await page.WaitForSelectorAsync("[data-testid=history-table]");
        var kinds = await page.Locator("[data-testid=history-table] tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.kind)");
        Assert.Equal(["ConnectorAdded", "LevelCopied", "LevelAdded", "LotCreated"], kinds);
        Assert.Contains("B1 → B2", await page.InnerTextAsync("tr[data-kind=LevelCopied]"), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ArtifactPath("lotadmin-history.png"), FullPage = true });
    }

    /// <summary>Stands in for the level editor (another issue): an elevator landmark on a walkway node of the level.</summary>
    private async Task<Guid> DrawElevatorAsync(Guid lotId, string levelName)
    {
        await using var db = Context();
        var level = await db.Levels.Include(l => l.Landmarks).Include(l => l.WalkwayNodes).SingleAsync(l => l.LotId == lotId && l.Name == levelName);
        var elevator = level.AddLandmark(LandmarkKind.Elevator, "1", new Point2(10, 10));
        db.Add(elevator);
        db.Add(level.AddNode(new Point2(10, 12), elevator.Id));
        await db.SaveChangesAsync();
        return elevator.Id;
    }

    private async Task<Guid> LandmarkIdAsync(Guid lotId, string levelName)
    {
        await using var db = Context();
        return await db.Levels.Where(l => l.LotId == lotId && l.Name == levelName).SelectMany(l => l.Landmarks).Select(m => m.Id).SingleAsync();
    }

    private ParkShareDbContext Context() =>
        new(new DbContextOptionsBuilder<ParkShareDbContext>().UseSqlite($"Data Source={host.DatabasePath}").Options);
}
