using Microsoft.Playwright;

namespace ParkShare.Tests.E2E;

/// <summary>The main console pages (lot list, lot page, level editor) in both languages, checked by axe at WCAG 2.1 AA.</summary>
[Trait(Browser.Category, Browser.Trait)]
public sealed class ConsoleAccessibilityEndToEndTests(HostProcess host) : IClassFixture<HostProcess>
{
    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en-US")]
    public async Task ConsolePages_Axe_NoSeriousOrCriticalViolations(string locale)
    {
        await EditorSetup.WaitForDemoLotAsync(host);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright);
        var page = await StaffConsole.SignInAsync(browser, host, locale);

        await page.WaitForSelectorAsync("[data-interactive=true]");
        await Accessibility.AssertNoSeriousViolationsAsync(page, $"lots-{locale}");

        await StaffConsole.OpenDemoLotAsync(page);
        var lotUrl = page.Url;
        await Accessibility.AssertNoSeriousViolationsAsync(page, $"lot-{locale}");

        var href = await page.GetAttributeAsync("[data-testid=edit-level]", "href");
        await EditorPage.OpenAsync(page, new Uri(new Uri(lotUrl), href).ToString());
        await Accessibility.AssertNoSeriousViolationsAsync(page, $"editor-{locale}");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ArtifactPath($"axe-editor-{locale}.png"), FullPage = true });
    }
}
