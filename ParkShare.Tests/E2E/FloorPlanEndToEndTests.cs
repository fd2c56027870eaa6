using System.Globalization;
using System.Text;
using Microsoft.Playwright;
using SkiaSharp;

namespace ParkShare.Tests.E2E;

/// <summary>An operator uploads a floor plan in real Chromium, calibrates it by two clicks and a distance, turns and fades it, saves and finds it under the geometry after a reload.</summary>
[Trait(Browser.Category, Browser.Trait)]
public sealed class FloorPlanEndToEndTests(HostProcess host) : IClassFixture<HostProcess>
{
    [Fact]
    public async Task FloorPlan_UploadCalibrateAlignSaveReload_DrawnUnderTheGeometry()
    {
        var (lotId, levelId) = await EditorSetup.AddConnectedLevelAsync(host, "B7", -7);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright);
        var page = await StaffConsole.SignInAsync(browser, host, "en-US");
        var url = $"{host.BaseUrl}/console/lots/{lotId}/levels/{levelId}/edit";
        await page.GotoAsync(url);
        await EditorPage.WaitReadyAsync(page);
        var file = page.Locator("[data-testid=floor-plan-file]");

        await file.SetInputFilesAsync(new FilePayload { Name = "plan.txt", MimeType = "text/plain", Buffer = Encoding.UTF8.GetBytes("not a picture") });
        await Assertions.Expect(page.Locator("[data-testid=floor-plan-message]")).ToContainTextAsync("not a PNG or JPEG");

        await file.SetInputFilesAsync(new FilePayload { Name = "b7.png", MimeType = "image/png", Buffer = PlanPng(600, 400) });
        await page.WaitForSelectorAsync("[data-testid=floor-plan-panel][data-has-plan=true]");
        await page.WaitForSelectorAsync("[data-testid=editor-floor-plan]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });

        // 600 × 400 px is shown 480 px wide: clicks at (40, 40) and (440, 40) are pixels (50, 50) and (550, 50), 500 px apart.
        var pick = page.Locator("[data-testid=floor-plan-pick]");
        await pick.ClickAsync(new LocatorClickOptions { Position = new Position { X = 40, Y = 40 } });
        await pick.ClickAsync(new LocatorClickOptions { Position = new Position { X = 440, Y = 40 } });
        await Assertions.Expect(page.Locator("[data-testid=floor-plan-point]")).ToHaveCountAsync(2);
        await FillAsync(page, "#floor-plan-distance", "0");
        await page.ClickAsync("[data-testid=floor-plan-calibrate]");
        await Assertions.Expect(page.Locator("[data-testid=floor-plan-message]")).ToContainTextAsync("greater than zero");

        await FillAsync(page, "#floor-plan-distance", "40");
        await page.ClickAsync("[data-testid=floor-plan-calibrate]");
        await Assertions.Expect(page.Locator("#floor-plan-scale")).ToHaveValueAsync("0.08");
        await FillAsync(page, "#floor-plan-rotation", "10");
        await FillAsync(page, "#floor-plan-opacity", "50");
        await page.ClickAsync("[data-testid=floor-plan-save]");
        await Assertions.Expect(page.Locator("[data-testid=floor-plan-message]")).ToContainTextAsync("placement saved");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ArtifactPath("floorplan-calibrated.png"), FullPage = true });

        await page.ReloadAsync();
        await EditorPage.WaitReadyAsync(page);
        var image = page.Locator("[data-testid=editor-floor-plan]");
        await Assertions.Expect(image).ToHaveAttributeAsync("opacity", "0.5");

        // Calibrated about the first point: pixel (50, 50) stays at (5, 35) m, so the top-left moves to (1, 39) m.
        var matrix = Numbers(await image.GetAttributeAsync("transform"));
        var rad = 10 * Math.PI / 180;
        double[] expected = [0.08 * Math.Cos(rad), 0.08 * Math.Sin(rad), -0.08 * Math.Sin(rad), 0.08 * Math.Cos(rad), 1, -39];
        for (var i = 0; i < 6; i++)
        {
            Assert.Equal(expected[i], matrix[i], 6);
        }

        Assert.True(await page.EvaluateAsync<bool>(
            "() => { const img = document.querySelector('image.floor-plan'), outline = document.querySelector('path.outline'); return img.parentNode === outline.parentNode && (img.compareDocumentPosition(outline) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0; }"));
        Assert.Equal(200, await page.EvaluateAsync<int>("async () => (await fetch(document.querySelector('image.floor-plan').getAttribute('href'))).status"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ArtifactPath("floorplan-reloaded.png"), FullPage = true });
    }

    private static async Task FillAsync(IPage page, string selector, string value)
    {
        await page.FillAsync(selector, value);
        await page.PressAsync(selector, "Tab");
    }

    private static double[] Numbers(string? transform) =>
        [.. transform!["matrix(".Length..^1].Split(' ').Select(n => double.Parse(n, CultureInfo.InvariantCulture))];

    /// <summary>A plan-like drawing: white paper, a 50 px grid and a thick red bar across the top, so screenshots show how it lies.</summary>
    private static byte[] PlanPng(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            using var line = new SKPaint { Color = SKColors.SteelBlue, StrokeWidth = 2 };
            for (var x = 0; x <= width; x += 50)
            {
                canvas.DrawLine(x, 0, x, height, line);
            }

            for (var y = 0; y <= height; y += 50)
            {
                canvas.DrawLine(0, y, width, y, line);
            }

            using var bar = new SKPaint { Color = SKColors.Crimson };
            canvas.DrawRect(0, 0, width, 30, bar);
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
