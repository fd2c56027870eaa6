using Microsoft.Playwright;

namespace ParkShare.Tests.E2E;

/// <summary>An Admin sets up a lot from scratch in real Chromium: lot, level B1 with an elevator drawn in the editor, its copy B2, the connector, the history.</summary>
[Trait(Browser.Category, Browser.Trait)]
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
        await DrawElevatorAsync(page, lotId);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ArtifactPath("lotadmin-levels-b1.png"), FullPage = true });

        await page.ClickAsync("tr[data-level=B1] [data-testid=level-copy]");
        await page.FillAsync("#level-copy-name", "B2");
        await page.FillAsync("#level-copy-ordinal", "-2");
        await page.ClickAsync("[data-testid=level-copy-submit]");
        await page.WaitForSelectorAsync("tr[data-level=B2]");

        await ConnectorsPage.ConnectElevatorsAsync(page, "1", "B1", "B2");
        await page.WaitForSelectorAsync("tr[data-connector='1:B2-B1']");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ArtifactPath("lotadmin-connectors.png"), FullPage = true });

        await page.GotoAsync($"{host.BaseUrl}/console/lots/{lotId}/history");
        await page.WaitForSelectorAsync("[data-testid=history-table]");
        var kinds = await page.Locator("[data-testid=history-table] tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.kind)");
        Assert.Equal(["ConnectorAdded", "LevelCopied", "LevelSaved", "LevelAdded", "LotCreated"], kinds);
        Assert.Contains("B1 → B2", await page.InnerTextAsync("tr[data-kind=LevelCopied]"), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ArtifactPath("lotadmin-history.png"), FullPage = true });
    }

    /// <summary>In the level editor: an elevator with a walkway from it, saved; the page then goes back to the lot's levels.</summary>
    private async Task DrawElevatorAsync(IPage page, Guid lotId)
    {
        await EditorPage.OpenFromLotPageAsync(page, host.BaseUrl, lotId);
        await EditorPage.UseToolAsync(page, "landmark");
        await EditorPage.ClickAtAsync(page, 10, 10);
        await page.WaitForSelectorAsync("g.lm-elevator");
        await EditorPage.UseToolAsync(page, "walkway");
        await EditorPage.WalkAsync(page, (10, 10), (10, 20));
        await page.ClickAsync("[data-testid=editor-save]");
        await page.WaitForSelectorAsync("[data-testid=level-editor][data-version='1']");
        await page.GotoAsync($"{host.BaseUrl}/console/lots/{lotId}/levels");
        await page.WaitForSelectorAsync("[data-interactive=true]");
    }
}
