using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace ParkShare.Tests.E2E;

/// <summary>The sensor keys page, a lot page like the others: the lot's name from its map, a key made and shown once, "not found" for an unknown lot.</summary>
[Trait(Browser.Category, Browser.Trait)]
public sealed class SensorKeysEndToEndTests(HostProcess host) : IClassFixture<HostProcess>
{
    [Fact]
    public async Task SensorKeys_AdminCreatesKey_SecretShownOnceAndListed_UnknownLotNotFound()
    {
        await EditorSetup.WaitForDemoLotAsync(host);
        using var http = new HttpClient();
        var lot = (await http.GetFromJsonAsync<JsonElement>($"{host.BaseUrl}/api/mp/lots")).GetProperty("items")[0];
        var (lotId, lotName) = (lot.GetProperty("id").GetString(), lot.GetProperty("name").GetString()!);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright);
        var page = await StaffConsole.SignInAsync(browser, host, "en-US");

        await page.GotoAsync($"{host.BaseUrl}/console/lots/{lotId}/sensor-keys");
        await page.WaitForSelectorAsync("[data-interactive=true]");
        await page.WaitForSelectorAsync($"a[href='/console/lots/{lotId}']");
        Assert.Equal(lotName, (await page.TextContentAsync($"a[href='/console/lots/{lotId}']"))?.Trim());
        await page.FillAsync("#sensor-key-name", "Gate A loops");
        await page.ClickAsync("[data-testid=create-key]:not([disabled])");
        await page.WaitForSelectorAsync("[data-testid=new-secret]");
        Assert.False(string.IsNullOrWhiteSpace(await page.TextContentAsync("[data-testid=secret-value]")));
        Assert.Contains("Gate A loops", await page.TextContentAsync("[data-testid=keys-table]"), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ArtifactPath("sensor-keys.png"), FullPage = true });

        await page.GotoAsync($"{host.BaseUrl}/console/lots/{Guid.NewGuid()}/sensor-keys");
        await page.WaitForSelectorAsync("[data-testid=lot-not-found]");
    }
}
