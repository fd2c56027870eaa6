using Microsoft.Playwright;

namespace ParkShare.Reliability.Soak;

/// <summary>Debian's Chromium (never a downloaded one) with console pages signed in by the admin's cookie.</summary>
internal sealed class ConsoleBrowser : IAsyncDisposable
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private IBrowserContext? _context;

    public static async Task<ConsoleBrowser> StartAsync(string baseUrl, string cookie)
    {
        var b = new ConsoleBrowser();
        b._playwright = await Playwright.CreateAsync();
        b._browser = await b._playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("PARKSHARE_CHROMIUM") is { Length: > 0 } p ? p : "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--renderer-process-limit=4", "--disable-background-timer-throttling",
                "--disable-renderer-backgrounding", "--disable-backgrounding-occluded-windows",
            ],
        });
        // PARKSHARE_VIEWPORT=WxH (e.g. 600x900) looks at the console below MudBlazor's md breakpoint.
        var viewport = Environment.GetEnvironmentVariable("PARKSHARE_VIEWPORT")?.Split('x');
        b._context = await b._browser.NewContextAsync(viewport is [var w, var h]
            ? new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = int.Parse(w), Height = int.Parse(h) } }
            : null);
        var parts = cookie.Split('=', 2);
        await b._context.AddCookiesAsync([new Cookie { Name = parts[0], Value = parts[1], Url = baseUrl }]);
        return b;
    }

    /// <summary>Opens a console page and waits until Blazor made it interactive (its circuit is up).</summary>
    public async Task<IPage> OpenAsync(string url)
    {
        var page = await _context!.NewPageAsync();
        await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Commit, Timeout = 120_000 });
        await page.WaitForSelectorAsync("[data-interactive=true]", new PageWaitForSelectorOptions { Timeout = 120_000 });
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
    }
}
