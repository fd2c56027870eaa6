using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace ParkShare.Tests.E2E;

/// <summary>
/// axe-core (Deque.AxeCore.Playwright) at WCAG 2.1 A and AA on the page as it is now. A page passes with no serious
/// or critical violation; every finding, of any impact, goes to test-artifacts/e2e/axe-{name}.txt to be read.
/// </summary>
public static class Accessibility
{
    /// <summary>The rule tags of WCAG 2.0 and 2.1, levels A and AA.</summary>
    public static readonly IReadOnlyList<string> Wcag21AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    private static readonly string[] Failing = ["serious", "critical"];

    /// <summary>The serious and critical violations on <paramref name="page"/>, one line per element, after writing the full report.</summary>
    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page, string name)
    {
        var options = new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. Wcag21AA] } };
        var result = await page.RunAxe(options);
        var report = new StringBuilder().AppendLine(page.Url);
        var failing = new List<string>();
        foreach (var violation in result.Violations)
        {
            foreach (var node in violation.Nodes)
            {
                var line = $"{violation.Impact} {violation.Id}: {violation.Help} at {string.Join(" ", node.Target)} {node.Html}";
                report.AppendLine(line);
                if (Failing.Contains(violation.Impact))
                {
                    failing.Add(line);
                }
            }
        }

        await File.WriteAllTextAsync(Browser.ArtifactPath($"axe-{name}.txt"), report.ToString());
        return failing;
    }

    /// <summary>Fails with the list of serious and critical violations, if there is any.</summary>
    public static async Task AssertNoSeriousViolationsAsync(IPage page, string name)
    {
        var failing = await SeriousViolationsAsync(page, name);
        Assert.True(failing.Count == 0, $"{name}: {failing.Count} serious or critical axe violations:\n{string.Join("\n", failing)}");
    }
}
