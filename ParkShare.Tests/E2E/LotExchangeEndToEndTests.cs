using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ParkShare.Core.Geometry;
using ParkShare.Core.Lots;
using ParkShare.Core.Lots.Exchange;

namespace ParkShare.Tests.E2E;

/// <summary>
/// An Admin in real Chromium georeferences the demo lot from control points, exports it as GeoJSON, imports the
/// download as a new lot, opens one of its levels in the editor and replaces it from a changed file (preview, then
/// confirm); a driver refining a space code of the copy gets the original's coordinates.
/// </summary>
[Trait(Browser.Category, Browser.Trait)]
public sealed partial class LotExchangeEndToEndTests(HostProcess host) : IClassFixture<HostProcess>
{
    private static readonly Georeference Survey = new(31.2397, 121.4998, 30, 1);

    [Fact]
    public async Task GeoreferenceExportImportEditReplace_CopyRefinesToTheOriginalCoordinates()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright);
        var page = await StaffConsole.SignInAsync(browser, host, "zh-CN", "/");
        await StaffConsole.OpenDemoLotAsync(page);
        var demo = Guid.Parse(page.Url.Split('/')[^1]);

        await GeoreferenceAsync(page);

        await page.GotoAsync($"{host.BaseUrl}/console/lots/{demo}");
        await page.WaitForSelectorAsync("[data-testid=level-map][data-ready=true]");
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-testid=export-geojson]"));
        Assert.EndsWith(".geojson", download.SuggestedFilename, StringComparison.Ordinal);
        var exported = Path.Combine(Path.GetTempPath(), $"parkshare-e2e-{Guid.NewGuid():N}.geojson");
        await download.SaveAsAsync(exported);
        var root = JsonNode.Parse(await File.ReadAllBytesAsync(exported))!;
        Assert.Equal(LotGeoJson.Wgs84, root[LotGeoJson.CrsMember]!.GetValue<string>());

        await page.GotoAsync(host.BaseUrl + "/");
        await page.WaitForSelectorAsync("[data-interactive=true]");
        await page.ClickAsync("[data-testid=import-lot]");
        await page.WaitForSelectorAsync("#geojson-file");
        await page.WaitForSelectorAsync("[data-interactive=true]");
        await page.SetInputFilesAsync("#geojson-file", exported);
        await page.WaitForSelectorAsync("[data-testid=import-file]");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ArtifactPath("lotexchange-import.png"), FullPage = true });
        await page.ClickAsync("[data-testid=import-create]");
        await page.WaitForURLAsync(LotUrl());
        var copy = Guid.Parse(page.Url.Split('/')[^1]);
        Assert.NotEqual(demo, copy);
        await page.WaitForSelectorAsync("[data-testid=level-map][data-ready=true]");

        await page.ClickAsync("[data-testid=edit-level]");
        await EditorPage.WaitReadyAsync(page);
        Assert.True(int.Parse(await page.GetAttributeAsync("[data-testid=level-editor]", "data-spaces") ?? "0", CultureInfo.InvariantCulture) > 0);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ArtifactPath("lotexchange-editor.png"), FullPage = true });

        const string removed = "B1-F-048";
        var changed = Path.Combine(Path.GetTempPath(), $"parkshare-e2e-{Guid.NewGuid():N}.geojson");
        var features = root["features"]!.AsArray();
        features.Remove(Unit(features, removed));
        Unit(features, "B1-F-047")["properties"]!["label"] = "F-047 (EV)";
        await File.WriteAllTextAsync(changed, root.ToJsonString());

        await page.GotoAsync($"{host.BaseUrl}/console/lots/{copy}");
        await page.WaitForSelectorAsync("[data-testid=level-map][data-ready=true]");
        await page.SetInputFilesAsync("#geojson-file", changed);
        await page.ClickAsync("[data-testid=import-preview]");
        await page.WaitForSelectorAsync("[data-testid=import-preview-table]");
        Assert.Equal("0/1/1", await page.GetAttributeAsync("tr[data-kind=Spaces]", "data-changes"));
        // The file's ids are the original lot's, not the copy's: landmarks and walkways on the same spot still count as kept.
        foreach (var kind in new[] { "Levels", "Zones", "Landmarks", "Nodes", "Edges" })
        {
            Assert.Equal("0/0/0", await page.GetAttributeAsync($"tr[data-kind={kind}]", "data-changes"));
        }

        Assert.Matches("^0/[0-9]+/0$", await page.GetAttributeAsync("tr[data-kind=Connectors]", "data-changes"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ArtifactPath("lotexchange-replace-preview.png"), FullPage = true });
        await page.ClickAsync("[data-testid=import-confirm]");
        await page.WaitForSelectorAsync("[data-testid=import-done]");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ArtifactPath("lotexchange-replaced.png"), FullPage = true });

        using var http = new HttpClient();
        var (status, gone) = await RefineAsync(http, copy, removed);
        Assert.False(status == HttpStatusCode.OK && gone.GetProperty("status").GetString() == "resolved", $"{removed} is still in the copy");
        foreach (var code in new[] { "B1-F-047", "B2-C-017", "B3-A-001" })
        {
            var original = (await RefineAsync(http, demo, code)).Body.GetProperty("position");
            var imported = (await RefineAsync(http, copy, code)).Body.GetProperty("position");
            Assert.True(Local(original).DistanceTo(Local(imported)) < 0.01, code);
            Assert.True(Wgs84(original).DistanceTo(Wgs84(imported)) < 0.01, code);
            Assert.True(Wgs84(original).DistanceTo(Survey.ToWgs84(Local(original))) < 3, $"{code} is not where the control points put it");
            Assert.InRange(Math.Abs(Route(original) - Route(imported)), 0, 0.1 + 1e-9);
        }

        File.Delete(exported);
        File.Delete(changed);
    }

    /// <summary>Three control points from the survey, the third one about a metre off, so the fit has residuals to show.</summary>
    private static async Task GeoreferenceAsync(IPage page)
    {
        await page.ClickAsync("[data-testid=open-georeference]");
        await page.WaitForSelectorAsync("[data-testid=georef-points]");
        await page.ClickAsync("[data-testid=georef-add]");
        await page.UntilAsync("document.querySelectorAll('[data-testid=georef-row]').length === 3");
        Point2[] plan = [new(0, 0), new(120, 0), new(0, 90)];
        for (var i = 0; i < plan.Length; i++)
        {
            var earth = Survey.ToWgs84(plan[i]);
            var lat = i == 2 ? earth.Lat + 0.00001 : earth.Lat;
            var inputs = page.Locator("[data-testid=georef-row]").Nth(i).Locator("input");
            foreach (var (index, value) in new[] { (0, plan[i].X), (1, plan[i].Y), (2, lat), (3, earth.Lng) })
            {
                await inputs.Nth(index).FillAsync(value.ToString("0.#######", CultureInfo.InvariantCulture));
                await inputs.Nth(index).PressAsync("Tab");
            }
        }

        await page.WaitForSelectorAsync("[data-testid=georef-fit]");
        await page.UntilAsync("[...document.querySelectorAll('[data-testid=georef-residual]')].filter(e => e.textContent.trim() !== '').length === 3");
        var residuals = (await page.Locator("[data-testid=georef-residual]").AllInnerTextsAsync())
            .Select(t => double.Parse(t.Trim().Replace(" m", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(3, residuals.Count);
        Assert.All(residuals, r => Assert.InRange(r, 0, 1.5));
        Assert.Contains(residuals, r => r > 0.1);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ArtifactPath("lotexchange-georeference.png"), FullPage = true });
        await page.ClickAsync("[data-testid=georef-save]");
        await page.WaitForSelectorAsync("[data-testid=georef-message]");
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> RefineAsync(HttpClient http, Guid lotId, string code)
    {
        var response = await http.PostAsJsonAsync($"{host.BaseUrl}/api/mp/refine", new { lotId, position = new { kind = "spaceCode", code } });
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    private static JsonNode Unit(JsonArray features, string code) =>
        features.Single(f => f!["feature_type"]!.GetValue<string>() == LotGeoJson.Unit && f["properties"]!["code"]!.GetValue<string>() == code)!;

    private static Point2 Local(JsonElement position) =>
        new(position.GetProperty("local").GetProperty("x").GetDouble(), position.GetProperty("local").GetProperty("y").GetDouble());

    private static GeoPoint Wgs84(JsonElement position) =>
        new(position.GetProperty("wgs84").GetProperty("lat").GetDouble(), position.GetProperty("wgs84").GetProperty("lng").GetDouble());

    private static double Route(JsonElement position) => position.GetProperty("route").GetProperty("distanceMeters").GetDouble();

    [GeneratedRegex("/console/lots/[0-9a-f-]{36}$")]
    private static partial Regex LotUrl();
}
