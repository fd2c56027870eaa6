using Microsoft.Playwright;

namespace ParkShare.Tests.E2E;

/// <summary>A driver shares the car from "my car"; a friend on another phone opens the link, finds it and picks it up.</summary>
[Trait(Browser.Category, Browser.Trait)]
public sealed class ShareEndToEndTests(HostProcess host) : IClassFixture<HostProcess>
{
    [Fact]
    public async Task ShareLink_FriendOpensOnPhoneAndPicksUp_DriverSeesTheCarCollected()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright);
        var driver = await PhoneAsync(browser, "zh-CN");
        await driver.GotoAsync(host.BaseUrl + "/m/signin");
        await driver.FillAsync("[data-testid=signin-name]", "e2e-sharer");
        await driver.ClickAsync("[data-testid=signin-form] .row button");
        await driver.ClickAsync("[data-testid=privacy-accept]");
        await driver.GotoAsync(host.BaseUrl + "/m/park");
        await driver.FillAsync("[data-testid=park-code]", "负二层D区12号");
        await driver.ClickAsync("[data-testid=park-submit]");
        await driver.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/m/car\\?done=parked$"));

        await driver.ClickAsync("[data-testid=share-create]");
        await driver.WaitForSelectorAsync("[data-testid=share-link][data-state=active]");
        var url = await driver.GetAttributeAsync("[data-testid=share-url]", "data-url") ?? string.Empty;
        Assert.StartsWith("http://localhost:5080/s/", url, StringComparison.Ordinal);
        await driver.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ArtifactPath("share-driver-link.png"), FullPage = true });

        // PublicBaseUrl is the shipped default; the friend reaches this test host's own port.
        var friend = await PhoneAsync(browser, "en-US");
        var response = await friend.GotoAsync(host.BaseUrl + new Uri(url).AbsolutePath);
        Assert.Equal(200, response!.Status);
        Assert.Equal("B2-D-012", await friend.InnerTextAsync("[data-testid=share-space]"));
        Assert.Equal("Level B2 · zone D", await friend.InnerTextAsync("[data-testid=share-level]"));
        Assert.Equal("B2-D-012", await friend.Locator("[data-testid=m-highlight]").Last.GetAttributeAsync("data-code"));
        Assert.True(await friend.Locator("[data-testid=share-steps] li").CountAsync() > 1);
        await friend.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ArtifactPath("share-friend-page.png"), FullPage = true });

        await friend.ClickAsync("[data-testid=share-picked-up]");
        await friend.ClickAsync("[data-testid=share-picked-up-confirm]");
        await friend.WaitForSelectorAsync("[data-testid=share-gone][data-state=PickedUp]");
        await friend.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ArtifactPath("share-friend-picked-up.png") });

        await driver.GotoAsync(host.BaseUrl + "/m");
        await driver.WaitForSelectorAsync("[data-testid=notice][data-kind=carPickedUpByFriend]");
        Assert.Equal(1, await driver.Locator("[data-testid=home-no-car]").CountAsync());
        await driver.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ArtifactPath("share-driver-told.png"), FullPage = true });
    }

    private static Task<IPage> PhoneAsync(IBrowser browser, string locale) => Phone.OpenAsync(browser, locale);
}
