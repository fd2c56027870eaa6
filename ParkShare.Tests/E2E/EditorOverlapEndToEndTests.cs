using Microsoft.Playwright;

namespace ParkShare.Tests.E2E;

/// <summary>
/// A space dragged onto its neighbour in real Chromium: the save is held with a message in the operator's language that
/// names the pair, "keep editing" shows them, and only an explicit confirmation stores the overlap.
/// </summary>
[Trait(Browser.Category, Browser.Trait)]
public sealed class EditorOverlapEndToEndTests(HostProcess host) : IClassFixture<HostProcess>
{
    [Fact]
    public async Task SpaceDraggedOntoItsNeighbour_SaveHeldInChinese_KeepEditingShowsThePair_ConfirmedThenSaved()
    {
        var (lotId, levelId) = await EditorSetup.AddConnectedLevelAsync(host, "B8", -8, spaces: 3);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright);
        var page = await StaffConsole.SignInAsync(browser, host, "zh-CN");
        await EditorPage.OpenAsync(page, $"{host.BaseUrl}/console/lots/{lotId}/levels/{levelId}/edit");
        var version = await page.GetAttributeAsync("[data-testid=level-editor]", "data-version");

        // B8-0001 (x 5..7.5) dragged 2 m east, half onto B8-0002 (x 7.5..10).
        var before = await page.GetAttributeAsync("path.sp[data-code=B8-0001]", "d");
        await EditorPage.DragAsync(page, (6, 7), (8, 7));
        await page.UntilAsync("b => document.querySelector('path.sp[data-code=B8-0001]').getAttribute('d') !== b", before);

        await page.ClickAsync("[data-testid=editor-save]");
        await page.WaitForSelectorAsync("[data-testid=overlap-prompt]");
        var text = await page.TextContentAsync("[data-testid=overlap-text]") ?? string.Empty;
        Assert.Contains("车位重叠", text, StringComparison.Ordinal);
        Assert.Contains("B8-0001", text, StringComparison.Ordinal);
        Assert.Contains("B8-0002", text, StringComparison.Ordinal);
        Assert.DoesNotContain("B8-0003", text, StringComparison.Ordinal);
        Assert.True(await page.Locator("[data-testid=overlap-save]").IsDisabledAsync());
        Assert.Equal(version, await page.GetAttributeAsync("[data-testid=level-editor]", "data-version"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ArtifactPath("editor-overlap-held.png"), FullPage = true });

        await page.ClickAsync("[data-testid=overlap-keep]");
        await page.WaitForSelectorAsync("[data-testid=level-editor][data-selected='2']");
        Assert.Equal(0, await page.Locator("[data-testid=overlap-prompt]").CountAsync());
        Assert.Equal(version, await page.GetAttributeAsync("[data-testid=level-editor]", "data-version"));

        await page.ClickAsync("[data-testid=editor-save]");
        await page.WaitForSelectorAsync("[data-testid=overlap-prompt]");
        await page.Locator("[data-testid=overlap-confirm] input").CheckAsync(new LocatorCheckOptions { Force = true });
        await page.ClickAsync("[data-testid=overlap-save]:not([disabled])");
        await page.WaitForSelectorAsync($"[data-testid=level-editor]:not([data-version='{version}'])");
        await page.WaitForSelectorAsync("[data-testid=editor-message]");
        Assert.Equal(0, await page.Locator("[data-testid=overlap-prompt]").CountAsync());
        Assert.Equal(0, await page.Locator("[data-testid=editor-dirty]").CountAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ArtifactPath("editor-overlap-saved.png"), FullPage = true });
    }
}
