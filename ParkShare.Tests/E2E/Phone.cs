using Microsoft.Playwright;

namespace ParkShare.Tests.E2E;

/// <summary>A 390×844 phone (the drivers' and friends' screen) in its own browser context.</summary>
public static class Phone
{
    public static async Task<IPage> OpenAsync(IBrowser browser, string locale)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            DeviceScaleFactor = 2,
            IsMobile = true,
            HasTouch = true,
            Locale = locale,
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        return page;
    }
}
