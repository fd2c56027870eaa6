using Microsoft.Playwright;

namespace ParkShare.Tests.E2E;

/// <summary>Debian's Chromium driven by Playwright; Playwright never downloads a browser here.</summary>
public static class Browser
{
    /// <summary>Trait of the tests that drive a browser: <c>./test.sh --fast</c> leaves them out.</summary>
    public const string Category = "Category";
    public const string Trait = "Browser";

    /// <summary>Debian's Chromium unless PARKSHARE_CHROMIUM names another executable.</summary>
    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("PARKSHARE_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });

    /// <summary>Screenshots are kept under test-artifacts/e2e at the repository root.</summary>
    public static string ArtifactPath(string name)
    {
        var directory = Path.Combine(Web.Localization.StringTablesTests.RepositoryRoot(), "test-artifacts", "e2e");
        Directory.CreateDirectory(directory);
        return Path.Combine(directory, name);
    }
}
