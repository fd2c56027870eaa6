using Microsoft.Playwright;

namespace ParkShare.Tests.E2E;

/// <summary>Lot staff in the console: the first administrator signs in and opens the demo lot.</summary>
public static class StaffConsole
{
    public const string AdminEmail = "admin@parkshare.local";

    /// <summary>The hosts run as Production, where the development password is refused: <see cref="HostProcess"/> passes this one.</summary>
    public const string AdminPassword = "E2e-Admin-Pass-2026";

    /// <summary>Opens <paramref name="start"/> (which leads to the sign-in page) and signs in, as the first administrator unless told otherwise.</summary>
    public static Task<IPage> SignInAsync(
        IBrowser browser, HostProcess host, string locale, string start = "/Account/Login", string email = AdminEmail, string password = AdminPassword) =>
        SignInAsync(browser, host.BaseUrl, locale, start, email, password);

    /// <summary>As above, at any address that serves the console (a host, or a proxy in front of hosts).</summary>
    public static async Task<IPage> SignInAsync(
        IBrowser browser, string baseUrl, string locale, string start = "/Account/Login", string email = AdminEmail, string password = AdminPassword)
    {
        // Each sign-in gets its own browser context (the page's own cookies), so two staff never share a session.
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1440, Height = 900 }, Locale = locale });
        page.SetDefaultTimeout(30_000);
        await page.GotoAsync(baseUrl + start);
        Assert.Contains("/Account/Login", page.Url, StringComparison.Ordinal);
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", password);
        await page.ClickAsync("#sign-in");

        // Playwright's load-state waits can hang once the redirect to "/" has already committed (WaitForURLAsync
        // with the URL already showing waits for a load state: it hung in CI, and again with WaitUntil.Commit in a
        // full run), so this waits only for the console layout's readiness marker, which the sign-in page (its own
        // layout) does not have, then checks where it landed. A refused sign-in fails with the page's own message.
        try
        {
            await page.WaitForSelectorAsync("[data-interactive]");
            Assert.Equal(baseUrl + "/", page.Url);
        }
        catch (TimeoutException e)
        {
            var shown = await page.Locator("[data-testid=login-error]").AllTextContentsAsync();
            throw new InvalidOperationException($"Signing in as {email} stayed at {page.Url}: {string.Join(" ", shown)}", e);
        }

        return page;
    }

    /// <summary>From the lot list, once it is interactive, opens the demo lot and waits for its map.</summary>
    public static async Task OpenDemoLotAsync(IPage page)
    {
        await page.WaitForSelectorAsync("[data-interactive=true]");
        await page.ClickAsync("[data-testid=open-lot]");
        await page.WaitForSelectorAsync("[data-testid=level-map][data-ready=true]");
    }

    /// <summary>
    /// Picks one lot in the invite form's multi-select and waits until its list has closed. Under a loaded
    /// full test run a click could land while the freshly shown tab was still rendering and open nothing,
    /// and a key press alone sometimes left the list open over the form; both are retried.
    /// </summary>
    public static async Task PickInviteLotAsync(IPage page, string lotName)
    {
        var item = page.Locator($".mud-popover-open .mud-list-item:has-text('{lotName}')");
        for (var attempt = 0; attempt < 10 && await item.CountAsync() == 0; attempt++)
        {
            await page.ClickAsync("[data-testid=invite-lots]");
            try
            {
                await item.WaitForAsync(new LocatorWaitForOptions { Timeout = 3_000 });
            }
            catch (TimeoutException)
            {
                // Not open yet: click again.
            }
        }

        await item.ClickAsync();
        for (var i = 0; i < 20 && await page.Locator(".mud-popover-open").CountAsync() > 0; i++)
        {
            await page.Keyboard.PressAsync("Escape");
            await page.WaitForTimeoutAsync(150);
        }

        await page.WaitForSelectorAsync(".mud-popover-open", new PageWaitForSelectorOptions { State = WaitForSelectorState.Detached });
    }
}
