using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ParkShare.Tests.E2E;

/// <summary>
/// Every driver page (/m), the friend's "shared with me" and the share page (/s, PIN prompt and open) on a
/// 390×844 phone in both languages: axe at WCAG 2.1 AA with no serious or critical violation, every tap target
/// 44×44 px or with that much room, no page error, no unexpected failed request; a screenshot of each is kept.
/// </summary>
[Trait(Browser.Category, Browser.Trait)]
public sealed class DriverPagesAccessibilityEndToEndTests(HostProcess host) : IClassFixture<HostProcess>
{
    private readonly List<string> _findings = [];

    [Theory]
    [InlineData("zh-CN", "负二层D区12号", "与你共享")]
    [InlineData("en-US", "B2-D-12", "Shared by")]
    public async Task DriverAndSharePages_Phone_AxeCleanTapTargetsLargeAndSharedViewMapFirst(string locale, string code, string sharedBy)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright);
        var sharer = $"Ada-{locale}";
        var driver = await SignInAsync(browser, locale, $"a11y-a-{locale}");
        var driverGuard = new PageGuard(driver);
        await driver.GotoAsync(host.BaseUrl + "/m/friends");
        await driver.FillAsync("[data-testid=nickname]", sharer);
        await driver.ClickAsync("[data-testid=save-nickname]");
        await driver.WaitForSelectorAsync("[data-testid=m-saved]");
        await driver.ClickAsync("[data-testid=create-invite]");
        var invite = await driver.InputValueAsync("[data-testid=invite-link]");
        await CheckAsync(driver, $"friends-{locale}");

        var friend = await SignInAsync(browser, locale, $"a11y-b-{locale}");
        var friendGuard = new PageGuard(friend);
        await friend.GotoAsync(host.BaseUrl + new Uri(invite).AbsolutePath);
        await CheckAsync(friend, $"bind-{locale}");
        await friend.ClickAsync("[data-testid=accept-invite]");
        await friend.WaitForSelectorAsync("[data-testid=bind-done]");

        await driver.GotoAsync(host.BaseUrl + "/m/park");
        await CheckAsync(driver, $"park-{locale}");
        await driver.FillAsync("[data-testid=park-code]", code);
        await driver.ClickAsync("[data-testid=park-submit]");
        await driver.WaitForURLAsync(new Regex("/m/car\\?done=parked$"));
        await CheckAsync(driver, $"car-{locale}");

        // The friend's view is map-first too: who shares, the space, the note, the map with the route, the steps.
        await friend.GotoAsync(host.BaseUrl + "/m/shared");
        var car = friend.Locator("[data-testid=shared-car][data-code=B2-D-012]");
        await car.WaitForAsync();
        Assert.Contains(sharer, await car.Locator("[data-testid=shared-by]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains(sharedBy, await car.Locator("[data-testid=shared-by]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await friend.Locator("[data-testid=m-level-map]").CountAsync() > 0);
        Assert.True(await friend.Locator("[data-testid=m-route]").CountAsync() > 0);
        Assert.True(await friend.Locator("[data-testid=m-map-legend]").CountAsync() > 0);
        Assert.True(await friend.Locator("[data-testid=shared-steps] li").CountAsync() > 1);
        await CheckAsync(friend, $"shared-{locale}");

        foreach (var path in new[] { "/m", "/m/account", "/m/lots" })
        {
            await driver.GotoAsync(host.BaseUrl + path);
            await CheckAsync(driver, $"{(path == "/m" ? "home" : path[3..])}-{locale}");
        }

        // The whole level: zones are the targets; a zone zooms in, where each space is a named 44 px target.
        await driver.ClickAsync("[data-testid=level-link][data-level='B1']");
        await driver.WaitForSelectorAsync("[data-testid=map-zone]");
        Assert.Equal(0, await driver.Locator("svg.map a.sp").CountAsync());
        await CheckAsync(driver, $"level-{locale}");
        await driver.ClickAsync("[data-testid=zone-chip][data-zone='A']");
        var space = driver.Locator("svg.map a.sp[data-code='B1-A-010']");
        await space.WaitForAsync();
        Assert.Matches("^10, B1-A-010 (空闲|Free)$", await space.GetAttributeAsync("aria-label") ?? string.Empty);
        await CheckAsync(driver, $"zone-{locale}");
        await space.ClickAsync();
        await driver.WaitForSelectorAsync("[data-testid=space-sheet][data-code='B1-A-010']");
        await CheckAsync(driver, $"space-{locale}");

        // A link with a PIN: the prompt, then the open page.
        await driver.GotoAsync(host.BaseUrl + "/m/car");
        await driver.FillAsync("[data-testid=share-pin]", "246810");
        await driver.ClickAsync("[data-testid=share-create]");
        await driver.WaitForSelectorAsync("[data-testid=share-link][data-state=active]");
        var url = await driver.GetAttributeAsync("[data-testid=share-url]", "data-url") ?? string.Empty;
        await CheckAsync(driver, $"car-shared-{locale}");

        var visitor = await Phone.OpenAsync(browser, locale);
        var visitorGuard = new PageGuard(visitor);
        await visitor.GotoAsync(host.BaseUrl + new Uri(url).AbsolutePath);
        await visitor.WaitForSelectorAsync("[data-testid=pin-form]");
        await CheckAsync(visitor, $"s-pin-{locale}");
        await visitor.FillAsync("[data-testid=pin-input]", "246810");
        await visitor.ClickAsync("[data-testid=pin-submit]");
        await visitor.WaitForSelectorAsync("[data-testid=share-space]");
        Assert.True(await visitor.Locator("[data-testid=m-route]").CountAsync() > 0);
        await CheckAsync(visitor, $"s-open-{locale}");

        Assert.True(_findings.Count == 0, string.Join("\n", _findings));
        driverGuard.AssertClean();
        friendGuard.AssertClean();
        visitorGuard.AssertClean();
    }

    /// <summary>Every page is checked before the test fails, so one run lists all that is wrong.</summary>
    private async Task CheckAsync(IPage page, string name)
    {
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ArtifactPath($"driver-a11y-{name}.png"), FullPage = true });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ArtifactPath($"driver-a11y-{name}-first-screen.png") });
        var maps = page.Locator(".map-wrap");
        for (var i = 0; i < Math.Min(await maps.CountAsync(), 2); i++)
        {
            await maps.Nth(i).ScreenshotAsync(new LocatorScreenshotOptions { Path = Browser.ArtifactPath($"driver-a11y-{name}-map{i + 1}.png") });
        }

        _findings.AddRange((await Accessibility.SeriousViolationsAsync(page, $"driver-{name}")).Select(v => $"{name}: axe {v}"));
        _findings.AddRange((await TapTargets.TooSmallAsync(page)).Select(t => $"{name}: small target {t}"));
    }

    private async Task<IPage> SignInAsync(IBrowser browser, string locale, string name)
    {
        var phone = await Phone.OpenAsync(browser, locale);
        await phone.GotoAsync(host.BaseUrl + "/m");
        await phone.FillAsync("[data-testid=signin-name]", name);
        await phone.ClickAsync("[data-testid=signin-form] .row button");
        await phone.ClickAsync("[data-testid=privacy-accept]");
        await phone.WaitForURLAsync(host.BaseUrl + "/m");
        return phone;
    }
}
