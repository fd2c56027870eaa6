using Microsoft.Playwright;

namespace ParkShare.Tests.E2E;

/// <summary>
/// The row tool in real Chromium: a second row dragged half over the first is previewed, made only after the operator
/// confirms the overlap, numbered in its zone's pattern, and the save and the lot history say what changed in words.
/// </summary>
[Trait(Browser.Category, Browser.Trait)]
public sealed class EditorRowEndToEndTests(HostProcess host) : IClassFixture<HostProcess>
{
    [Fact]
    public async Task RowOverExistingSpaces_ConfirmedThenMade_CodesInTheZonesPattern_SavedInWords()
    {
        var (lotId, levelId) = await EditorSetup.AddConnectedLevelAsync(host, "B7", -7);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright);
        var page = await StaffConsole.SignInAsync(browser, host, "en-US");
        await EditorPage.OpenAsync(page, $"{host.BaseUrl}/console/lots/{lotId}/levels/{levelId}/edit");

        await EditorPage.UseToolAsync(page, "zone");
        await EditorPage.DrawPolygonAsync(page, (1, 1), (59, 1), (59, 39), (1, 39));
        await page.WaitForSelectorAsync("g.zone-g");
        await EditorPage.UseToolAsync(page, "row");
        await EditorPage.DragAsync(page, (5, 10), (30.2, 10));
        await page.ClickAsync("[data-testid=row-create]");
        await page.WaitForSelectorAsync("[data-testid=level-editor][data-spaces='10']");

        // The second row starts on the zone's edge and reaches 3 m into the first: previewed, and not made without a yes.
        await EditorPage.UseToolAsync(page, "row");
        await EditorPage.DragAsync(page, (1, 13), (16.1, 13));
        await page.WaitForSelectorAsync("[data-testid=row-overlaps]");
        Assert.True(await page.Locator("[data-testid=row-create]").IsDisabledAsync());
        Assert.Equal("A", await page.GetAttributeAsync("[data-testid=row-zone]", "data-zone"));
        Assert.Contains("B7-A-011", await page.TextContentAsync("[data-testid=row-zone]"), StringComparison.Ordinal);
        var covering = await page.Locator("[data-testid=row-preview] .row-foot.overlap").CountAsync();
        Assert.True(covering > 0);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ArtifactPath("editor-row-overlap.png"), FullPage = true });

        await page.Locator("[data-testid=row-confirm-overlap] input").CheckAsync(new LocatorCheckOptions { Force = true });
        await page.ClickAsync("[data-testid=row-create]:not([disabled])");
        await page.WaitForSelectorAsync("[data-testid=level-editor][data-spaces='16']");
        Assert.Equal(1, await page.Locator("path.sp[data-code=B7-A-016]").CountAsync());
        Assert.Equal(0, await page.Locator("path.sp[data-code^='B7-0']").CountAsync());

        await page.ClickAsync("[data-testid=editor-save]");
        await page.WaitForSelectorAsync("[data-testid=level-editor][data-version='1']");
        var message = await page.TextContentAsync("[data-testid=editor-message]");
        Assert.Contains("B7: 1 zone added; 16 spaces added", message, StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ArtifactPath("editor-row-saved.png"), FullPage = true });

        await page.GotoAsync($"{host.BaseUrl}/console/lots/{lotId}/history");
        await page.WaitForSelectorAsync("[data-testid=history-table]");
        Assert.Contains("16 spaces added", await page.TextContentAsync("tr[data-kind=LevelSaved]"), StringComparison.Ordinal);
    }
}
