using Microsoft.Playwright;

namespace ParkShare.Tests.E2E;

/// <summary>
/// Records every Content-Security-Policy violation in a browser context: the page's own
/// <c>securitypolicyviolation</c> events (reported through an exposed function, so they survive navigations) and
/// the "Refused to ..." lines Chromium writes to the console.
/// </summary>
public sealed class CspWatch
{
    private readonly List<string> _violations = [];

    private CspWatch()
    {
    }

    /// <summary>Starts watching <paramref name="context"/> before any page of it is opened.</summary>
    public static async Task<CspWatch> StartAsync(IBrowserContext context)
    {
        var watch = new CspWatch();
        await context.ExposeFunctionAsync("__parkshareCspViolation", (string violation) => watch.Add("event: " + violation));
        await context.AddInitScriptAsync(
            "document.addEventListener('securitypolicyviolation', e => window.__parkshareCspViolation("
            + "`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} on ${e.documentURI} (${e.sample || ''})`));");
        context.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                watch.Add("console: " + message.Text);
            }
        };
        return watch;
    }

    public IReadOnlyList<string> Violations
    {
        get
        {
            lock (_violations)
            {
                return [.. _violations];
            }
        }
    }

    public void AssertNone() => Assert.True(Violations.Count == 0, string.Join("\n", Violations));

    private void Add(string violation)
    {
        lock (_violations)
        {
            _violations.Add(violation);
        }
    }
}
