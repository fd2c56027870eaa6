using Microsoft.Playwright;
using ParkShare.Tests.Support;

namespace ParkShare.Tests.E2E;

/// <summary>
/// Waits until a script expression holds in the page. Playwright's own WaitForFunction builds its predicate with
/// eval inside the page, which the console's Content-Security-Policy (rightly) refuses; an evaluation through the
/// DevTools protocol is not the page's own script, so polling with it works under the policy the product ships.
/// </summary>
internal static class PageWaits
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public static async Task UntilAsync(this IPage page, string expression, object? arg = null)
    {
        if (!await Eventually.TrueAsync(() => page.EvaluateAsync<bool>(expression, arg), Timeout, TimeSpan.FromMilliseconds(25)))
        {
            throw new TimeoutException($"The page never satisfied: {expression}");
        }
    }
}
