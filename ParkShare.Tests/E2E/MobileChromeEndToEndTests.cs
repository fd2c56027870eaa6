using Microsoft.Playwright;

namespace ParkShare.Tests.E2E;

/// <summary>The driver pages' own controls on a 390×844 phone: the active tab is announced, and tabs, language links, buttons, fields and chips are at least 44×44 px.</summary>
[Trait(Browser.Category, Browser.Trait)]
public sealed class MobileChromeEndToEndTests(HostProcess host) : IClassFixture<HostProcess>
{
    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en-US")]
    public async Task DriverPages_Phone_ActiveTabCurrentAndTapTargetsAtLeast44Px(string locale)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright);
        var phone = await Phone.OpenAsync(browser, locale);
        var guard = new PageGuard(phone);
        await phone.GotoAsync(host.BaseUrl + "/m");
        await phone.FillAsync("[data-testid=signin-name]", $"chrome-{locale}");
        await phone.ClickAsync("[data-testid=signin-form] .row button");
        await phone.ClickAsync("[data-testid=privacy-accept]");
        await phone.WaitForURLAsync(host.BaseUrl + "/m");

        foreach (var (path, tab) in new[] { ("/m", "m"), ("/m/lots", "m/lots"), ("/m/park", "m/park"), ("/m/car", "m/car"), ("/m/shared", null), ("/m/account", "m/account") })
        {
            await phone.GotoAsync(host.BaseUrl + path);
            if (tab is not null)
            {
                Assert.Equal(tab, await phone.GetAttributeAsync(".m-tabs a[aria-current=page]", "href"));
            }

            Assert.True(await phone.Locator(".m-tabs a[aria-current=page]").CountAsync() <= 1);
            var small = await TapTargets.TooSmallAsync(phone);
            Assert.True(small.Count == 0, $"{path}: {string.Join("; ", small)}");
            await phone.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ArtifactPath($"mobile-chrome{path.Replace('/', '-')}-{locale}.png"), FullPage = true });
        }

        guard.AssertClean();
    }
}
