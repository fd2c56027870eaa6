using System.Text.Json;
using Microsoft.Playwright;

namespace ParkShare.Tests.E2E;

/// <summary>A driver on a 390×844 phone in real Chromium against the real host, with lot staff watching the console.</summary>
[Trait(Browser.Category, Browser.Trait)]
public sealed class MobileEndToEndTests(HostProcess host) : IClassFixture<HostProcess>
{
    [Fact]
    public async Task ReserveAndCheckIn_SandboxDriverOnPhone_StaffSeeReservedThenOccupiedWithoutReload()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright);
        var staff = await StaffConsole.SignInAsync(browser, host, "zh-CN", "/");
        await StaffConsole.OpenDemoLotAsync(staff);
        const string space = "g.space[data-code='B1-A-010']";
        Assert.Equal("Free", await staff.GetAttributeAsync(space, "data-state"));

        var phone = await SignInOnPhoneAsync(browser, "e2e-phone");
        await phone.ClickAsync(".m-tabs a[href='m/lots']");
        await phone.ClickAsync("[data-testid=level-link][data-level='B1']");
        await phone.ClickAsync("[data-testid=zone-chip][data-zone='A']");
        await phone.ClickAsync("svg.map a[data-code='B1-A-010']");
        await phone.WaitForSelectorAsync("[data-testid=space-sheet][data-code='B1-A-010']");
        await phone.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ArtifactPath("mobile-level-reserve.png"), FullPage = true });

        await phone.ClickAsync("[data-testid=reserve-submit]");
        await phone.WaitForURLAsync("**/m/reservations/**");
        Assert.Equal("Active", await phone.GetAttributeAsync("[data-testid=reservation]", "data-state"));
        await staff.WaitForSelectorAsync($"{space}[data-state='Reserved']");
        await phone.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ArtifactPath("mobile-reservation.png"), FullPage = true });

        await phone.ClickAsync("[data-testid=check-in]");
        await phone.WaitForURLAsync("**/m/car");
        Assert.Equal("B1-A-010", await phone.InnerTextAsync("[data-testid=car-space]"));
        Assert.Equal("B1", await phone.InnerTextAsync("[data-testid=car-level]"));
        Assert.Contains("x ", await phone.TextContentAsync("[data-testid=car-local]") ?? string.Empty, StringComparison.Ordinal); // folded away under the details
        Assert.NotEmpty(await phone.InnerTextAsync("[data-testid=car-landmark]"));
        Assert.True(await phone.Locator("[data-testid=route-steps] li").CountAsync() > 1);
        Assert.True(await phone.Locator("[data-testid=m-route]").CountAsync() > 0);
        Assert.Equal("B1-A-010", await phone.Locator("[data-testid=m-highlight]").Last.GetAttributeAsync("data-code"));
        await phone.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ArtifactPath("mobile-car-route.png"), FullPage = true });

        await staff.WaitForSelectorAsync($"{space}[data-state='Occupied']");
        await staff.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ArtifactPath("console-sees-phone-driver.png") });
    }

    [Fact]
    public async Task Park_OfflineInTheBasement_KeptOnPhoneThenSentExactlyOnce()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright);
        var phone = await SignInOnPhoneAsync(browser, "e2e-basement", "en-US");
        await phone.GotoAsync(host.BaseUrl + "/m/park");
        await phone.FillAsync("[data-testid=park-code]", "b3d20");

        await phone.Context.SetOfflineAsync(true);
        await phone.ClickAsync("[data-testid=park-submit]");
        await phone.WaitForSelectorAsync("[data-testid=queue-banner]:not([hidden])");
        Assert.Equal(1, await phone.EvaluateAsync<int>("JSON.parse(localStorage.getItem('parkshare.queue')).length"));
        await phone.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ArtifactPath("mobile-offline-queued.png"), FullPage = true });

        // Back online, the first delivery reaches the server but its answer is lost: the phone must
        // send the same Idempotency-Key again and get the same record, not a second one or a conflict.
        var attempts = 0;
        await phone.RouteAsync("**/api/mp/records", async route =>
        {
            if (Interlocked.Increment(ref attempts) == 1)
            {
                await route.FetchAsync();
                await route.AbortAsync();
            }
            else
            {
                await route.ContinueAsync();
            }
        });
        await phone.Context.SetOfflineAsync(false);
        for (var i = 0; i < 20 && !phone.Url.Contains("/m/car", StringComparison.Ordinal); i++)
        {
            try
            {
                await phone.EvaluateAsync("dispatchEvent(new Event('online'))");
            }
            catch (PlaywrightException)
            {
                break; // the page is already on its way to "my car"; the wait below checks it gets there
            }

            await phone.WaitForTimeoutAsync(500);
        }

        await phone.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/m/car\\?done=parked$"));
        Assert.Equal("B3-D-020", await phone.InnerTextAsync("[data-testid=car-space]"));
        Assert.Equal(2, attempts);
        Assert.Equal(0, await phone.EvaluateAsync<int>("JSON.parse(localStorage.getItem('parkshare.queue') || '[]').length"));
        var history = await phone.APIRequest.GetAsync(host.BaseUrl + "/api/mp/records");
        var items = JsonDocument.Parse(await history.TextAsync()).RootElement.GetProperty("items");
        Assert.Equal(1, items.GetArrayLength());
        await phone.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ArtifactPath("mobile-offline-sent.png"), FullPage = true });
    }

    private async Task<IPage> SignInOnPhoneAsync(IBrowser browser, string name, string locale = "zh-CN")
    {
        var phone = await Phone.OpenAsync(browser, locale);
        await phone.GotoAsync(host.BaseUrl + "/m");
        Assert.Contains("/m/signin", phone.Url, StringComparison.Ordinal);
        await phone.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ArtifactPath($"mobile-signin-{locale}.png") });
        await phone.FillAsync("[data-testid=signin-name]", name);
        await phone.ClickAsync("[data-testid=signin-form] .row button");
        await phone.ClickAsync("[data-testid=privacy-accept]");
        await phone.WaitForURLAsync(host.BaseUrl + "/m");
        return phone;
    }
}
