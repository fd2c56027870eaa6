using System.Net;
using System.Text.Json;
using Microsoft.Playwright;

namespace ParkShare.Tests.E2E;

/// <summary>Staff disable a reserved space: a warning that lists the reservation, a required reason, then the driver's notice on the phone.</summary>
[Trait(Browser.Category, Browser.Trait)]
public sealed class SpaceDisableEndToEndTests(HostProcess host) : IClassFixture<HostProcess>
{
    [Fact]
    public async Task DisableReservedSpace_ReasonRequiredThenGiven_ReservationCancelledAndDriverToldOnThePhone()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright);
        var phone = await Phone.OpenAsync(browser, "zh-CN");
        await phone.GotoAsync(host.BaseUrl + "/m");
        await phone.FillAsync("[data-testid=signin-name]", "e2e-disable");
        await phone.ClickAsync("[data-testid=signin-form] .row button");
        await phone.ClickAsync("[data-testid=privacy-accept]");
        await phone.WaitForURLAsync(host.BaseUrl + "/m");
        var spaceId = await SpaceIdAsync(phone, "B1-A-012");
        var start = DateTimeOffset.UtcNow; // held now, so the map shows it reserved
        var reserve = await phone.APIRequest.PostAsync(host.BaseUrl + "/api/mp/reservations", new APIRequestContextOptions
        {
            DataObject = new { spaceId, startsAt = start, endsAt = start.AddHours(1) },
            Headers = new Dictionary<string, string> { ["X-ParkShare-Csrf"] = "1" },
        });
        Assert.Equal((int)HttpStatusCode.Created, reserve.Status);

        var staff = await StaffConsole.SignInAsync(browser, host, "zh-CN", "/");
        var guard = new PageGuard(staff);
        await StaffConsole.OpenDemoLotAsync(staff);
        await staff.FillAsync("#find-space", "B1-A-012");
        await staff.PressAsync("#find-space", "Enter");
        await staff.ClickAsync("[data-testid=toggle-space]");
        await staff.WaitForSelectorAsync("[data-testid=disable-warning]");
        Assert.Equal(1, await staff.Locator("[data-testid=affected-reservation]").CountAsync());
        Assert.Equal("Reserved", await staff.GetAttributeAsync("g.space[data-code='B1-A-012']", "data-state"));

        await staff.ClickAsync("[data-testid=disable-confirm]");
        await staff.WaitForSelectorAsync("[data-testid=disable-panel] .mud-input-error");
        Assert.Equal("Reserved", await staff.GetAttributeAsync("g.space[data-code='B1-A-012']", "data-state"));
        await staff.Locator("[data-testid=disable-panel]").ScreenshotAsync(new LocatorScreenshotOptions { Path = Browser.ArtifactPath("console-disable-warning.png") });

        await staff.FillAsync("#disable-reason", "地面渗水维修");
        await staff.ClickAsync("[data-testid=disable-confirm]");
        await staff.WaitForSelectorAsync("g.space[data-code='B1-A-012'][data-state='Disabled']");
        await staff.WaitForSelectorAsync(".mud-snackbar");
        guard.AssertClean();

        await phone.GotoAsync(host.BaseUrl + "/m");
        var notice = phone.Locator("[data-testid=notice][data-kind=reservationCancelledByStaff]");
        await notice.WaitForAsync();
        Assert.Contains("地面渗水维修", await notice.InnerTextAsync(), StringComparison.Ordinal);
        await phone.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ArtifactPath("mobile-notice-space-disabled.png"), FullPage = true });
    }

    [Fact]
    public async Task DisableSpaceWithParkedCar_ReasonGiven_CarListedRecordKeptAndDriverToldOnThePhone()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright);
        var phone = await Phone.OpenAsync(browser, "en");
        await phone.GotoAsync(host.BaseUrl + "/m");
        await phone.FillAsync("[data-testid=signin-name]", "e2e-disable-parked");
        await phone.ClickAsync("[data-testid=signin-form] .row button");
        await phone.ClickAsync("[data-testid=privacy-accept]");
        await phone.WaitForURLAsync(host.BaseUrl + "/m");
        var lots = JsonDocument.Parse(await (await phone.APIRequest.GetAsync(host.BaseUrl + "/api/mp/lots")).TextAsync()).RootElement;
        var park = await phone.APIRequest.PostAsync(host.BaseUrl + "/api/mp/records", new APIRequestContextOptions
        {
            DataObject = new { lotId = lots.GetProperty("items")[0].GetProperty("id").GetString(), position = new { kind = "spaceCode", code = "B1-A-014" }, plate = "沪C14014" },
            Headers = new Dictionary<string, string> { ["X-ParkShare-Csrf"] = "1" },
        });
        Assert.Equal((int)HttpStatusCode.Created, park.Status);

        var staff = await StaffConsole.SignInAsync(browser, host, "en", "/");
        var guard = new PageGuard(staff);
        await StaffConsole.OpenDemoLotAsync(staff);
        await staff.FillAsync("#find-space", "B1-A-014");
        await staff.PressAsync("#find-space", "Enter");
        await staff.ClickAsync("[data-testid=toggle-space]");
        await staff.WaitForSelectorAsync("[data-testid=disable-warning]");
        Assert.Contains("C14014", await staff.Locator("[data-testid=affected-car]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await staff.Locator("[data-testid=affected-reservation]").CountAsync());
        await staff.FillAsync("#disable-reason", "Fire inspection");
        await staff.ClickAsync("[data-testid=disable-confirm]");
        await staff.WaitForSelectorAsync("g.space[data-code='B1-A-014'][data-state='Disabled']");
        guard.AssertClean();

        await phone.GotoAsync(host.BaseUrl + "/m");
        var notice = phone.Locator("[data-testid=notice][data-kind=spaceDisabledWhileParked]");
        await notice.WaitForAsync();
        Assert.Contains("Fire inspection", await notice.InnerTextAsync(), StringComparison.Ordinal);
        var car = await phone.APIRequest.GetAsync(host.BaseUrl + "/api/mp/records/current");
        Assert.Contains("B1-A-014", await car.TextAsync(), StringComparison.Ordinal);
    }

    private async Task<string> SpaceIdAsync(IPage phone, string code)
    {
        var lots = JsonDocument.Parse(await (await phone.APIRequest.GetAsync(host.BaseUrl + "/api/mp/lots")).TextAsync()).RootElement;
        var lotId = lots.GetProperty("items")[0].GetProperty("id").GetString();
        var map = JsonDocument.Parse(await (await phone.APIRequest.GetAsync($"{host.BaseUrl}/api/mp/lots/{lotId}")).TextAsync()).RootElement;
        var b1 = map.GetProperty("levels")[0].GetProperty("id").GetString();
        var geometry = JsonDocument.Parse(await (await phone.APIRequest.GetAsync($"{host.BaseUrl}/api/mp/lots/{lotId}/levels/{b1}/map")).TextAsync()).RootElement;
        return geometry.GetProperty("spaces").EnumerateArray().Single(s => s.GetProperty("code").GetString() == code).GetProperty("id").GetString()!;
    }
}
