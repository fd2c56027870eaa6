using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace ParkShare.Tests.E2E;

/// <summary>
/// Staff helping a driver: the lot list's live occupancy, "find a car by plate" on the lot page (a bad query
/// answered beside the field), the reservations page searched by plate and by space, and the searches in the lot history.
/// </summary>
[Trait(Browser.Category, Browser.Trait)]
public sealed class ConsoleSupportEndToEndTests(HostProcess host) : IClassFixture<HostProcess>
{
    [Fact]
    public async Task Support_DriverParksWithPlate_ListCountDropsPlateFindsCarReservationsSearchableAndSearchesInHistory()
    {
        await EditorSetup.WaitForDemoLotAsync(host);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright);
        var page = await StaffConsole.SignInAsync(browser, host, "zh-CN", "/");
        var guard = new PageGuard(page);
        await page.WaitForSelectorAsync("[data-interactive=true]");
        var occupancy = page.Locator("[data-testid=lot-occupancy]").First;
        var free = int.Parse((await occupancy.GetAttributeAsync("data-free"))!, System.Globalization.CultureInfo.InvariantCulture);
        var lotId = (await page.GetAttributeAsync("[data-testid=open-lot]", "href"))!.Split('/').Last();

        using var driver = await DriverAsync("e2e-support-driver");
        var spaces = await SpaceIdsAsync(driver, lotId);
        var later = DateTimeOffset.UtcNow.AddHours(4);
        Assert.Equal(HttpStatusCode.Created, (await driver.PostAsJsonAsync("/api/mp/reservations", new { spaceId = spaces["B1-C-021"], startsAt = later, endsAt = later.AddHours(1) })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await driver.PostAsJsonAsync("/api/mp/records", new { lotId, position = new { kind = "spaceCode", code = "B1-C-020" }, plate = "粤B 12345" })).StatusCode);

        // The list follows without a reload: the parked car and the reservation (not yet within the hour) leave one space fewer free.
        await page.WaitForSelectorAsync($"[data-testid=lot-occupancy][data-free='{free - 1}']");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ArtifactPath("console-lot-list.png"), FullPage = true });

        await StaffConsole.OpenDemoLotAsync(page);
        await page.FillAsync("#plate-query", "   ");
        await page.ClickAsync("[data-testid=plate-search-button]");
        await page.WaitForSelectorAsync("[data-testid=plate-search] .mud-input-error");
        await page.FillAsync("#plate-query", "粤b·12345");
        await page.ClickAsync("[data-testid=plate-search-button]");
        await page.WaitForSelectorAsync("[data-testid=plate-result][data-state=parked]");
        await page.ClickAsync("[data-testid=plate-show]");
        await page.WaitForSelectorAsync("[data-testid=state-space]:has-text('B1-C-020')");
        Assert.Equal("Occupied", await page.GetAttributeAsync("[data-testid=space-state]", "data-state"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ArtifactPath("console-lot-page.png"), FullPage = true });

        await page.ClickAsync("[data-testid=open-reservations]");
        await page.WaitForSelectorAsync("[data-interactive=true]");
        await page.FillAsync("#reservation-search", "粤B12345");
        await page.PressAsync("#reservation-search", "Enter");
        await page.WaitForSelectorAsync("[data-testid=plate-search-note]");
        await page.WaitForSelectorAsync("[data-testid=reservations-table] tr[data-code='B1-C-021']");
        Assert.Equal(1, await page.Locator("[data-testid=reservations-table] tbody tr").CountAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ArtifactPath("console-reservations-search.png"), FullPage = true });
        await Accessibility.AssertNoSeriousViolationsAsync(page, "reservations-zh-CN"); // a state chip and a cancel action in the row
        await page.FillAsync("#reservation-search", "b1c021");
        await page.PressAsync("#reservation-search", "Enter");
        await page.WaitForSelectorAsync("[data-testid=plate-search-note]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Detached });
        await page.WaitForSelectorAsync("[data-testid=reservations-table] tr[data-code='B1-C-021']");

        await page.GotoAsync($"{host.BaseUrl}/console/lots/{lotId}/history");
        await page.WaitForSelectorAsync("[data-testid=history-table] tr[data-kind=PlateSearched]");
        Assert.Equal(2, await page.Locator("tr[data-kind=PlateSearched]:has-text('粤B12345')").CountAsync());
        guard.AssertClean();
    }

    private async Task<HttpClient> DriverAsync(string code)
    {
        var http = new HttpClient { BaseAddress = new Uri(host.BaseUrl) };
        var session = await (await http.PostAsJsonAsync("/api/mp/session", new { code })).Content.ReadFromJsonAsync<JsonElement>();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", session.GetProperty("token").GetString());
        return http;
    }

    private static async Task<Dictionary<string, string>> SpaceIdsAsync(HttpClient http, string lotId)
    {
        var map = await http.GetFromJsonAsync<JsonElement>($"/api/mp/lots/{lotId}");
        var b1 = map.GetProperty("levels")[0].GetProperty("id").GetString();
        var geometry = await http.GetFromJsonAsync<JsonElement>($"/api/mp/lots/{lotId}/levels/{b1}/map");
        return geometry.GetProperty("spaces").EnumerateArray().ToDictionary(s => s.GetProperty("code").GetString()!, s => s.GetProperty("id").GetString()!);
    }
}
