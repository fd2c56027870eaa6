using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace ParkShare.Tests.E2E;

/// <summary>A lot operator in real Chromium against the real host on a real port.</summary>
[Trait(Browser.Category, Browser.Trait)]
public sealed class ConsoleEndToEndTests(HostProcess host) : IClassFixture<HostProcess>
{
    [Fact]
    public async Task FindSpace_SignedInOperator_HighlightsSpaceWithRouteAndDetails()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright);
        var page = await SignInAsync(browser, "zh-CN", "/");

        await OpenDemoLotAsync(page);
        Assert.Equal("陆家嘴滨江停车场", await page.InnerTextAsync("[data-testid=lot-name]"));

        await page.FillAsync("#find-space", "负二层C区17号");
        await page.PressAsync("#find-space", "Enter");

        var highlight = await page.WaitForSelectorAsync("[data-testid=space-highlight]");
        Assert.Equal("B2-C-017", await highlight!.GetAttributeAsync("data-code"));
        Assert.Equal("B2", await page.GetAttributeAsync("[data-testid=level-map]", "data-level"));
        Assert.Equal("B2-C-017", await page.InnerTextAsync("[data-testid=position-space]"));
        Assert.True(await page.Locator("polyline.route").CountAsync() > 0);
        var steps = await page.Locator("[data-testid=route-steps] li").AllInnerTextsAsync();
        Assert.Contains(steps, s => s.Contains("电梯", StringComparison.Ordinal) || s.Contains("楼梯", StringComparison.Ordinal));
        await page.WaitForTimeoutAsync(400);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ArtifactPath("console-find-space.png"), FullPage = true });
    }

    [Fact]
    public async Task FindSpace_AmbiguousCodeInEnglish_PickThenTapNeighbourThenSignOut()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright);
        var page = await SignInAsync(browser, "en-US", "/culture?culture=en&redirectUri=%2FAccount%2FLogin");
        await OpenDemoLotAsync(page);

        await page.FillAsync("#find-space", "C17");
        await page.PressAsync("#find-space", "Enter");
        await page.WaitForSelectorAsync("[data-testid=candidates]");
        Assert.Equal(3, await page.Locator("[data-testid=candidates] [data-code]").CountAsync());
        await page.ClickAsync("[data-testid=candidates] [data-code='B3-C-017']");

        var highlight = await page.WaitForSelectorAsync("[data-testid=space-highlight]");
        Assert.Equal("B3-C-017", await highlight!.GetAttributeAsync("data-code"));
        Assert.Equal("Detailed position", (await page.InnerTextAsync("[data-testid=position-panel] .mud-typography-overline")).Trim(), ignoreCase: true);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ArtifactPath("console-candidates-en.png"), FullPage = true });

        await page.ClickAsync("g.space[data-code='B3-C-018'] polygon");
        await page.WaitForSelectorAsync("[data-testid=space-highlight][data-code='B3-C-018']");
        Assert.Equal("B3-C-018", await page.InnerTextAsync("[data-testid=position-space]"));
        Assert.Contains("Map tap", await page.InnerTextAsync("[data-testid=position-panel]"), StringComparison.Ordinal);

        await page.ClickAsync("button:has-text('Sign out')");
        // The redirect to the login page is what signing out answers; its "load" event is not (a loaded fresh-clone
        // run once saw the URL arrive and "load" not reported within 30 s). The next open proves the session is gone.
        await page.WaitForURLAsync("**/Account/Login", new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
        await page.GotoAsync(host.BaseUrl + "/console/playground");
        Assert.Contains("/Account/Login", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Playground_PillarMarker_ShowsCandidatesAndApiJson()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright);
        var page = await SignInAsync(browser, "zh-CN");

        await page.GotoAsync(host.BaseUrl + "/console/playground");
        await page.WaitForSelectorAsync("[data-interactive=true]");
        await page.WaitForSelectorAsync("[data-testid=level-map][data-ready=true]");
        await page.GetByText("扫描柱子标记").First.ClickAsync();
        await page.FillAsync("#playground-marker", "MK-B2-014");
        await page.ClickAsync("[data-testid=refine-button]");

        await page.WaitForSelectorAsync("[data-testid=candidates]");
        var json = await page.InnerTextAsync("[data-testid=refine-json]");
        Assert.Contains("\"status\": \"ambiguous\"", json, StringComparison.Ordinal);
        Assert.True(await page.Locator("[data-testid=candidates] [data-code]").CountAsync() >= 1);
        Assert.True(await page.Locator("polygon.space-candidate").CountAsync() >= 1);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ArtifactPath("playground-marker.png"), FullPage = true });

        await page.GotoAsync(host.BaseUrl + "/console/staff");
        await page.WaitForSelectorAsync("[data-testid=staff-table]");
        Assert.Contains("admin@parkshare.local", await page.InnerTextAsync("[data-testid=staff-table]"), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ArtifactPath("staff.png"), FullPage = true });
    }

    [Fact]
    public async Task LevelMap_DriverReservesThenParks_StaffSeeItWithoutReloading()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright);
        var page = await SignInAsync(browser, "zh-CN", "/");
        await OpenDemoLotAsync(page);
        var lotId = page.Url.Split('/').Last();
        Assert.Equal("Free", await page.GetAttributeAsync("g.space[data-code='B1-A-005']", "data-state"));

        using var http = new HttpClient { BaseAddress = new Uri(host.BaseUrl) };
        var session = await (await http.PostAsJsonAsync("/api/mp/session", new { code = "e2e-live-driver" })).Content.ReadFromJsonAsync<JsonElement>();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", session.GetProperty("token").GetString());
        var map = await http.GetFromJsonAsync<JsonElement>($"/api/mp/lots/{lotId}");
        var b1 = map.GetProperty("levels")[0].GetProperty("id").GetString();
        var geometry = await http.GetFromJsonAsync<JsonElement>($"/api/mp/lots/{lotId}/levels/{b1}/map");
        var spaceId = geometry.GetProperty("spaces").EnumerateArray().Single(s => s.GetProperty("code").GetString() == "B1-A-005").GetProperty("id").GetString();
        var now = DateTimeOffset.UtcNow;

        Assert.Equal(HttpStatusCode.Created, (await http.PostAsJsonAsync("/api/mp/reservations", new { spaceId, startsAt = now, endsAt = now.AddHours(1) })).StatusCode);
        await page.WaitForSelectorAsync("g.space[data-code='B1-A-005'][data-state='Reserved']");

        Assert.Equal(HttpStatusCode.Created, (await http.PostAsJsonAsync("/api/mp/records", new { lotId, position = new { kind = "spaceCode", code = "B1-A-006" } })).StatusCode);
        await page.WaitForSelectorAsync("g.space[data-code='B1-A-006'][data-state='Occupied']");
        Assert.Contains("已预约 1", await page.InnerTextAsync("[data-testid=occupancy]"), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ArtifactPath("console-live-states.png"), FullPage = true });

        await page.FillAsync("#find-space", "B1-A-007");
        await page.PressAsync("#find-space", "Enter");
        await page.ClickAsync("[data-testid=toggle-space]");
        await page.WaitForSelectorAsync("[data-testid=disable-no-impact]");
        await page.ClickAsync("[data-testid=disable-confirm]");
        await page.WaitForSelectorAsync("g.space[data-code='B1-A-007'][data-state='Disabled']");

        await page.ClickAsync("[data-testid=open-reservations]");
        await page.WaitForSelectorAsync("[data-testid=reservations-table] tr[data-code='B1-A-005']");
        await page.WaitForSelectorAsync("[data-interactive=true]");
        await page.ClickAsync("tr[data-code='B1-A-005'] [data-testid=cancel-reservation]");
        await page.Locator("tr[data-code='B1-A-005'] input").FillAsync("消防检查");
        await page.ClickAsync("tr[data-code='B1-A-005'] [data-testid=confirm-cancel]");
        await page.WaitForSelectorAsync("tr[data-code='B1-A-005']", new PageWaitForSelectorOptions { State = WaitForSelectorState.Detached });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ArtifactPath("console-reservations.png"), FullPage = true });
        var mine = await http.GetFromJsonAsync<JsonElement>("/api/mp/reservations");
        Assert.Equal("消防检查", mine.GetProperty("items")[0].GetProperty("cancelReason").GetString());
    }

    /// <summary>The host runs a build, as `dotnet run` does; outside Development its fingerprinted files are still cached for good.</summary>
    [Fact]
    public async Task StaticAssets_FingerprintedOutsideDevelopment_CachedAsImmutable()
    {
        using var http = new HttpClient { BaseAddress = new Uri(host.BaseUrl) };
        var login = await http.GetStringAsync("/Account/Login");
        var css = System.Text.RegularExpressions.Regex.Match(login, @"_content/MudBlazor/MudBlazor\.min\.\w+\.css").Value;

        using var response = await http.GetAsync("/" + css);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.MaxAge >= TimeSpan.FromDays(365), $"{css}: Cache-Control {response.Headers.CacheControl}");
        Assert.Contains("immutable", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
    }

    private Task<IPage> SignInAsync(IBrowser browser, string locale, string start = "/Account/Login") => StaffConsole.SignInAsync(browser, host, locale, start);

    private static Task OpenDemoLotAsync(IPage page) => StaffConsole.OpenDemoLotAsync(page);
}
