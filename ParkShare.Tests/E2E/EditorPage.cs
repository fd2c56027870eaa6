using Microsoft.Playwright;

namespace ParkShare.Tests.E2E;

/// <summary>Drives the level editor in the browser in lot-local metres (x east, y north), as a mouse would.</summary>
internal static class EditorPage
{
    public static async Task OpenAsync(IPage page, string url)
    {
        await page.GotoAsync(url);
        await WaitReadyAsync(page);
    }

    /// <summary>Follows the lot page's "edit this level" link (the first level's) into the editor.</summary>
    public static async Task OpenFromLotPageAsync(IPage page, string baseUrl, Guid lotId)
    {
        await page.GotoAsync($"{baseUrl}/console/lots/{lotId}");
        var href = await page.GetAttributeAsync("[data-testid=edit-level]", "href");
        await OpenAsync(page, baseUrl + href);
    }

    /// <summary>
    /// The canvas is live once drawn (data-ready, editor.js); the rest of the page (side panels, the floor-plan upload)
    /// has had its first interop round once .NET has connected to the canvas (data-connected). Tests act on both.
    /// </summary>
    public static async Task WaitReadyAsync(IPage page)
    {
        await page.WaitForSelectorAsync("[data-testid=editor-canvas][data-ready=true]");
        await page.WaitForSelectorAsync("[data-testid=level-editor][data-connected=true]");
    }

    /// <summary>
    /// The tool switches in the browser after a round trip; drawing waits for it and for the toolbar's redraw too
    /// (the landmark kind picker comes and goes with its tool, moving the canvas under the mouse).
    /// </summary>
    public static async Task UseToolAsync(IPage page, string tool)
    {
        await page.ClickAsync($"[data-testid=tool-{tool}]");
        var attached = new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached };
        await page.WaitForSelectorAsync($".editor-svg[data-tool={tool}]", attached);
        await page.WaitForSelectorAsync($"[data-testid=level-editor][data-tool={char.ToUpperInvariant(tool[0])}{tool[1..]}]", attached);
    }

    /// <summary>Clicks the corners and closes the ring on the first one.</summary>
    public static async Task DrawPolygonAsync(IPage page, params (double X, double Y)[] corners)
    {
        foreach (var (x, y) in corners.Append(corners[0]))
        {
            await ClickAtAsync(page, x, y);
        }
    }

    /// <summary>
    /// Walkway clicks, each waiting for the server's answer (the anchor dot, then one more segment) so a slow
    /// round trip never turns the next click into a fresh start.
    /// </summary>
    public static async Task WalkAsync(IPage page, params (double X, double Y)[] points)
    {
        await ClickAtAsync(page, points[0].X, points[0].Y);
        await page.WaitForSelectorAsync(".editor-overlay circle.preview-dot", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
        foreach (var (x, y) in points.Skip(1))
        {
            var before = await page.Locator("line.walkway").CountAsync();
            await ClickAtAsync(page, x, y);
            await page.UntilAsync("n => document.querySelectorAll('line.walkway').length > n", before);
        }
    }

    public static async Task<(float X, float Y)> ScreenAsync(IPage page, double x, double y)
    {
        var p = await page.EvaluateAsync<double[]>(
            "([x, y]) => { const svg = document.querySelector('.editor-svg'); const pt = svg.createSVGPoint(); pt.x = x; pt.y = -y; const s = pt.matrixTransform(svg.getScreenCTM()); return [s.x, s.y]; }",
            new[] { x, y });
        return ((float)p[0], (float)p[1]);
    }

    public static async Task ClickAtAsync(IPage page, double x, double y)
    {
        var (sx, sy) = await ScreenAsync(page, x, y);
        await page.Mouse.ClickAsync(sx, sy);
    }

    public static async Task DragAsync(IPage page, (double X, double Y) from, (double X, double Y) to)
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
