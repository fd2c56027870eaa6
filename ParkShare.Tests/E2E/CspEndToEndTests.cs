using Microsoft.Playwright;

namespace ParkShare.Tests.E2E;

/// <summary>
/// The pages work in real Chromium under their Content-Security-Policy, whose script-src has no 'unsafe-inline':
/// the console becomes interactive (Blazor's import map carries the response's nonce), the driver pages and the
/// share page run, and the browser reports no violation anywhere.
/// </summary>
[Trait(Browser.Category, Browser.Trait)]
public sealed class CspEndToEndTests(HostProcess host) : IClassFixture<HostProcess>
{
    [Fact]
    public async Task Console_StrictScriptPolicy_InteractiveWithoutAViolation()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright);
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1440, Height = 900 }, Locale = "zh-CN" });
        var csp = await CspWatch.StartAsync(context);
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        var guard = new PageGuard(page);

        var login = await page.GotoAsync(host.BaseUrl + "/Account/Login");
        Assert.DoesNotContain("'unsafe-inline'", ScriptSrc(await login!.HeaderValueAsync("content-security-policy")), StringComparison.Ordinal);
        await page.FillAsync("#email", StaffConsole.AdminEmail);
        await page.FillAsync("#password", StaffConsole.AdminPassword);
        await page.ClickAsync("#sign-in");
        await page.WaitForURLAsync(host.BaseUrl + "/", new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });

        // A click that only the circuit can answer: the lot opens and its map is drawn.
        await StaffConsole.OpenDemoLotAsync(page);
        Assert.Equal("object", await page.EvaluateAsync<string>("() => typeof window.Blazor"));
        await page.GotoAsync(host.BaseUrl + "/console/playground");
        await page.WaitForSelectorAsync("[data-interactive=true]");
        await page.WaitForSelectorAsync("[data-testid=level-map][data-ready=true]");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ArtifactPath("csp-console.png"), FullPage = true });

        csp.AssertNone();
        guard.AssertClean();
    }

    [Fact]
    public async Task DriverPagesAndSharePage_StrictScriptPolicy_WorkWithoutAViolation()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright);
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true, Locale = "zh-CN",
        });
        var csp = await CspWatch.StartAsync(context);

        // Share links' QR codes are addressed under PublicBaseUrl (the shipped http://localhost:5080), another origin
        // than this host's port, as a deployment may have: the pages must allow it. Its requests reach this host.
        await context.RouteAsync("http://localhost:5080/**", async route =>
            await route.FulfillAsync(new RouteFulfillOptions { Response = await route.FetchAsync(new RouteFetchOptions { Url = host.BaseUrl + new Uri(route.Request.Url).PathAndQuery }) }));
        var driver = await context.NewPageAsync();
        driver.SetDefaultTimeout(30_000);
        var guard = new PageGuard(driver);

        await driver.GotoAsync(host.BaseUrl + "/m/signin");
        await driver.FillAsync("[data-testid=signin-name]", "csp-driver");
        await driver.ClickAsync("[data-testid=signin-form] .row button");
        await driver.ClickAsync("[data-testid=privacy-accept]");
        await driver.GotoAsync(host.BaseUrl + "/m/park");
        await driver.FillAsync("[data-testid=park-code]", "负二层D区14号");
        await driver.ClickAsync("[data-testid=park-submit]");
        await driver.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/m/car\\?done=parked$"));
        await driver.ClickAsync("[data-testid=share-create]");
        await driver.WaitForSelectorAsync("[data-testid=share-link][data-state=active]");
        await driver.UntilAsync("() => [...document.querySelectorAll('[data-testid=share-link] img.qr')].some(img => img.complete && img.naturalWidth > 0)");
        var url = await driver.GetAttributeAsync("[data-testid=share-url]", "data-url") ?? string.Empty;
        foreach (var path in new[] { "/m", "/m/lots", "/m/account" })
        {
            var response = await driver.GotoAsync(host.BaseUrl + path);
            Assert.DoesNotContain("'unsafe-inline'", ScriptSrc(await response!.HeaderValueAsync("content-security-policy")), StringComparison.Ordinal);
        }

        var friend = await context.NewPageAsync();
        var share = await friend.GotoAsync(host.BaseUrl + new Uri(url).AbsolutePath);
        Assert.Equal(200, share!.Status);
        Assert.Equal("B2-D-014", await friend.InnerTextAsync("[data-testid=share-space]"));
        await friend.ClickAsync("[data-testid=share-picked-up]");
        await friend.ClickAsync("[data-testid=share-picked-up-confirm]");
        await friend.WaitForSelectorAsync("[data-testid=share-gone][data-state=PickedUp]");
        await friend.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ArtifactPath("csp-share.png"), FullPage = true });

        csp.AssertNone();
        guard.AssertClean();
    }

    /// <summary>The policy's script-src, or its default-src when it has none (what the browser applies to scripts).</summary>
    private static string ScriptSrc(string? policy)
    {
        var directives = (policy ?? string.Empty).Split(';', StringSplitOptions.TrimEntries);
        return directives.FirstOrDefault(d => d.StartsWith("script-src ", StringComparison.Ordinal))
            ?? directives.FirstOrDefault(d => d.StartsWith("default-src ", StringComparison.Ordinal))
            ?? throw new InvalidOperationException("The page sent no Content-Security-Policy for scripts: " + policy);
    }
}
