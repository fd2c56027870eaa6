using Microsoft.Playwright;
using ParkShare.Tests.Support;

namespace ParkShare.Tests.E2E;

/// <summary>
/// In sandbox, end to end in a browser: driver A invites friend B on /m/friends, B accepts on another
/// phone, A records where the car is and corrects it, B sees it each time in "shared with me", and the console's sandbox inbox
/// shows the template message that went to B's official-account openid.
/// </summary>
[Trait(Browser.Category, Browser.Trait)]
public sealed class WeChatFriendsEndToEndTests(HostProcess host) : IClassFixture<HostProcess>
{
    [Fact]
    public async Task InviteAcceptPark_FriendSeesTheCarAndTheConsoleInboxShowsTheMessage()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright);
        var driver = await SignInAsync(browser, "zh-CN", "e2e-wx-a");
        await driver.GotoAsync(host.BaseUrl + "/m/friends");
        await driver.ClickAsync("[data-testid=create-invite]");
        var link = await driver.InputValueAsync("[data-testid=invite-link]");
        Assert.True(await driver.IsVisibleAsync("[data-testid=invite-qr]"));
        Assert.True(await driver.IsVisibleAsync("[data-testid=invite-wxacode]"));
        await driver.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ArtifactPath("wechat-invite.png"), FullPage = true });

        // The link carries PublicBaseUrl (the shipped default); the friend reaches this host's own port.
        var friend = await SignInAsync(browser, "en-US", "e2e-wx-b");
        await friend.GotoAsync(host.BaseUrl + new Uri(link).AbsolutePath);
        await friend.ClickAsync("[data-testid=accept-invite]");
        await friend.WaitForSelectorAsync("[data-testid=bind-done]");
        await friend.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ArtifactPath("wechat-accepted.png"), FullPage = true });

        await driver.GotoAsync(host.BaseUrl + "/m/park");
        await driver.FillAsync("[data-testid=park-code]", "负一层C区5号");
        await driver.ClickAsync("[data-testid=park-submit]");
        await driver.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/m/car\\?done=parked$"));
        Assert.Contains("已通知 1 位好友", await driver.InnerTextAsync("[data-testid=m-done]"), StringComparison.Ordinal);
        await friend.GotoAsync(host.BaseUrl + "/m/shared");
        await friend.WaitForSelectorAsync("[data-testid=shared-car][data-code=B1-C-005]");

        // "Correct the position" on my car goes through POST api/mp/records/{id}/position (the page's script).
        await driver.FillAsync("[data-testid=correct-code]", "B1-C-006");
        await driver.ClickAsync("[data-testid=correct-submit]");
        await driver.WaitForSelectorAsync("[data-testid=car][data-code=B1-C-006]");
        Assert.Contains("位置已更正，已通知 1 位好友", await driver.InnerTextAsync("[data-testid=m-done]"), StringComparison.Ordinal);
        await friend.ReloadAsync();
        await friend.WaitForSelectorAsync("[data-testid=shared-car][data-code=B1-C-006]");
        await friend.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ArtifactPath("wechat-shared-with-me.png"), FullPage = true });

        var console = await StaffConsole.SignInAsync(browser, host, "en-US");
        await console.GotoAsync(host.BaseUrl + "/console/wechat");
        await console.WaitForSelectorAsync("[data-interactive=true]");
        await console.ClickAsync("text=Sandbox inbox");
        var row = console.Locator("[data-testid=inbox-row]", new PageLocatorOptions { HasText = "sandbox-oa-e2e-wx-b" })
            .Filter(new LocatorFilterOptions { HasText = "B1-C-006" });
        // The dispatcher polls every 2 s; the inbox shows new messages on refresh.
        await Eventually.TrueAsync(
            async () =>
            {
                await console.ClickAsync("[data-testid=inbox-refresh]");
                return await row.CountAsync() > 0;
            },
            TimeSpan.FromSeconds(20), TimeSpan.FromMilliseconds(500));

        var text = await row.First.InnerTextAsync();
        Assert.Contains("sandbox-position-template", text, StringComparison.Ordinal);
        Assert.Contains("陆家嘴滨江停车场", text, StringComparison.Ordinal);
        await console.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ArtifactPath("wechat-console-inbox.png"), FullPage = true });
    }

    private async Task<IPage> SignInAsync(IBrowser browser, string locale, string name)
    {
        var page = await Phone.OpenAsync(browser, locale);
        await page.GotoAsync(host.BaseUrl + "/m/signin");
        await page.FillAsync("[data-testid=signin-name]", name);
        await page.ClickAsync("[data-testid=signin-form] .row button");
        await page.ClickAsync("[data-testid=privacy-accept]");
        return page;
    }
}
