using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ParkShare.Tests.E2E;

/// <summary>An operator draws a level in real Chromium, saves it, and a driver finds a new space with a route.</summary>
public sealed class EditorEndToEndTests(HostProcess host, ITestOutputHelper output) : IClassFixture<HostProcess>
{
    [Fact]
    public async Task Editor_DrawRowElevatorWalkwaysSave_NewCodeRefinesWithRoute_SecondEditorWarned()
    {
        var (lotId, levelId) = await EditorSetup.AddConnectedLevelAsync(host, "B4", -4);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright);
        var page = await StaffConsole.SignInAsync(browser, host, "zh-CN");
        var other = await StaffConsole.SignInAsync(browser, host, "zh-CN");
        var url = $"{host.BaseUrl}/console/lots/{lotId}/levels/{levelId}/edit";
        await OpenAsync(page, url);
        await OpenAsync(other, url);

        await UseToolAsync(page, "outline");
        foreach (var (x, y) in new[] { (0.0, 0.0), (60.0, 0.0), (60.0, 40.0), (0.0, 40.0), (0.0, 0.0) })
        {
            await ClickAtAsync(page, x, y);
        }

        await UseToolAsync(page, "zone");
        foreach (var (x, y) in new[] { (1.0, 1.0), (59.0, 1.0), (59.0, 39.0), (1.0, 39.0), (1.0, 1.0) })
        {
            await ClickAtAsync(page, x, y);
        }

        await page.WaitForSelectorAsync("g.zone-g");
        await UseToolAsync(page, "row");
        await DragAsync(page, (5, 10), (30.2, 10));
        await page.WaitForSelectorAsync("[data-testid=row-form]");
        await page.ClickAsync("[data-testid=row-create]");
        await page.WaitForSelectorAsync("[data-testid=level-editor][data-spaces='10']");

        await UseToolAsync(page, "landmark");
        await ClickAtAsync(page, 58, 10);
        await page.WaitForFunctionAsync("document.querySelectorAll('g.lm-elevator').length === 2");
        await UseToolAsync(page, "walkway");
        foreach (var (x, y) in new[] { (2.0, 10.0), (30.0, 10.0), (58.0, 10.0) })
        {
            await ClickAtAsync(page, x, y);
            await page.WaitForTimeoutAsync(150);
        }

        await page.WaitForFunctionAsync("document.querySelectorAll('line.walkway').length === 2");
        await page.ClickAsync("[data-testid=editor-save]");
        await page.WaitForSelectorAsync("[data-testid=level-editor][data-version='1']");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ArtifactPath("editor-saved.png"), FullPage = true });

        using var http = new HttpClient();
        var answer = await http.PostAsJsonAsync($"{host.BaseUrl}/api/mp/refine", new { lotId, position = new { kind = "spaceCode", code = "B4-A-007" } });
        var json = await answer.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("resolved", json.GetProperty("status").GetString());
        Assert.Equal("B4-A-007", json.GetProperty("position").GetProperty("space").GetProperty("code").GetString());
        Assert.True(json.GetProperty("position").GetProperty("route").GetProperty("legs").GetArrayLength() > 0);

        await UseToolAsync(other, "landmark");
        await ClickAtAsync(other, 30, 30);
        await other.WaitForFunctionAsync("document.querySelectorAll('g.lm').length === 2");
        await other.ClickAsync("[data-testid=editor-save]");
        await other.WaitForSelectorAsync("[data-testid=editor-conflict]");
        Assert.Equal(2, await other.Locator("g.lm").CountAsync());
        await other.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ArtifactPath("editor-conflict.png"), FullPage = true });
    }

    [Fact]
    public async Task Editor_TwoThousandSpaces_OpenAndDragTimesPrinted()
    {
        var (lotId, levelId) = await EditorSetup.AddConnectedLevelAsync(host, "B6", -6, spaces: 2000);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright);
        var page = await StaffConsole.SignInAsync(browser, host, "en-US");
        var url = $"{host.BaseUrl}/console/lots/{lotId}/levels/{levelId}/edit";
        await OpenAsync(page, url);

        var watch = Stopwatch.StartNew();
        await OpenAsync(page, url);
        await page.WaitForFunctionAsync("document.querySelectorAll('g.sp').length === 2000");
        var open = watch.ElapsedMilliseconds;

        await DragAsync(page, (6, 7), (6, 3));
        await page.WaitForFunctionAsync("document.querySelector('[data-testid=level-editor] .editor-canvas').dataset.lastRedrawMs !== undefined", null, new PageWaitForFunctionOptions { Timeout = 10_000 });
        var redraw = await page.EvaluateAsync<string>("document.querySelector('.editor-canvas').dataset.lastRedrawMs");
        output.WriteLine($"BENCH editor open 2000 spaces: {open} ms; one space drag redraw: {redraw} ms");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ArtifactPath("editor-2000.png") });
    }

    /// <summary>The tool switches in the browser after a round trip; drawing waits for it.</summary>
    private static async Task UseToolAsync(IPage page, string tool)
    {
        await page.ClickAsync($"[data-testid=tool-{tool}]");
        await page.WaitForSelectorAsync($".editor-svg[data-tool={tool}]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
    }

    private static async Task OpenAsync(IPage page, string url)
    {
        await page.GotoAsync(url);
        await page.WaitForSelectorAsync("[data-testid=level-editor][data-ready=true]");
    }

    private static async Task<(float X, float Y)> ScreenAsync(IPage page, double x, double y)
    {
        var p = await page.EvaluateAsync<double[]>(
            "([x, y]) => { const svg = document.querySelector('.editor-svg'); const pt = svg.createSVGPoint(); pt.x = x; pt.y = -y; const s = pt.matrixTransform(svg.getScreenCTM()); return [s.x, s.y]; }",
            new[] { x, y });
        return ((float)p[0], (float)p[1]);
    }

    private static async Task ClickAtAsync(IPage page, double x, double y)
    {
        var (sx, sy) = await ScreenAsync(page, x, y);
        await page.Mouse.ClickAsync(sx, sy);
    }

    private static async Task DragAsync(IPage page, (double X, double Y) from, (double X, double Y) to)
    {
        var (ax, ay) = await ScreenAsync(page, from.X, from.Y);
        var (bx, by) = await ScreenAsync(page, to.X, to.Y);
        await page.Mouse.MoveAsync(ax, ay);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync((ax + bx) / 2, (ay + by) / 2, new MouseMoveOptions { Steps = 4 });
        await page.Mouse.MoveAsync(bx, by, new MouseMoveOptions { Steps = 4 });
        await page.Mouse.UpAsync();
    }
}
