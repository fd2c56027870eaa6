using System.Text.RegularExpressions;
using ParkShare.Web.Localization;

namespace ParkShare.Tests.Web.Localization;

/// <summary>One vocabulary (docs/glossary.md): no stray English in zh-CN, counted strings in both plural forms.</summary>
public sealed partial class VocabularyTests
{
    private static readonly string[] DeveloperGroups = ["Problem.", "Validation.", "GeoJson.", "Import."];

    [Fact]
    public void ZhCn_LatinWords_OnlyGlossaryTermsOrTechnicalLiterals()
    {
        var glossary = File.ReadAllText(Path.Combine(StringTablesTests.RepositoryRoot(), "docs", "glossary.md"));
        var everywhere = Terms(Section(glossary, "## Kept in Latin letters"));
        var developer = Terms(Section(glossary, "## API names kept literal"));
        Assert.Contains("ParkShare", everywhere);
        Assert.Contains("errors", developer);

        var stray = JsonStringLocalizer.AllTables["zh-CN"]
            .SelectMany(kv => StrayWords(kv.Value, DeveloperGroups.Any(kv.Key.StartsWith) ? [.. everywhere, .. developer] : everywhere).Select(w => $"{kv.Key}: {w}"))
            .ToList();

        Assert.Empty(stray);
    }

    [Theory]
    [InlineData("请从 candidates 中选择", "candidates")]
    [InlineData("导出 GEOJSON", "GEOJSON")]
    [InlineData("位置 B2-C-017，以 driver-1 登录，Asia/Shanghai", null)]
    [InlineData("PIN：{0}", null)]
    public void StrayWords_Value_FindsEnglishButNotTermsOrLiterals(string value, string? expected)
    {
        var found = StrayWords(value, ["PIN", "GeoJSON"]);

        Assert.Equal(expected is null ? [] : [expected], found);
    }

    [Fact]
    public void Tables_CountedKeys_HaveBothPluralForms()
    {
        foreach (var table in JsonStringLocalizer.AllTables.Values)
        {
            var counted = table.Keys.Where(k => k.EndsWith(".one", StringComparison.Ordinal) || k.EndsWith(".other", StringComparison.Ordinal))
                .Select(k => k[..k.LastIndexOf('.')]).Distinct().ToList();
            Assert.NotEmpty(counted);
            Assert.All(counted, stem => Assert.True(table.ContainsKey(stem + ".one") && table.ContainsKey(stem + ".other"), stem));
        }

        var en = JsonStringLocalizer.AllTables["en"];
        Assert.Equal("{0} day", en[Plural.Key("M.Share.DayCount", 1)]);
        Assert.Equal("{0} days", en[Plural.Key("M.Share.DayCount", 3)]);
    }

    /// <summary>
    /// A number followed by a plural noun in a key without plural forms reads "1 days" for one: such a count must be
    /// a Key.one/Key.other pair (or a phrase built from one). Limits ("at most {0} characters") are always above one.
    /// </summary>
    [Fact]
    public void En_CountsWithPluralNouns_UsePluralKeys()
    {
        var unsplit = JsonStringLocalizer.AllTables["en"]
            .Where(kv => !kv.Key.EndsWith(".one", StringComparison.Ordinal) && !kv.Key.EndsWith(".other", StringComparison.Ordinal))
            .Where(kv => CountedNoun().IsMatch(kv.Value))
            .Select(kv => $"{kv.Key}: {kv.Value}")
            .ToList();

        Assert.Empty(unsplit);
    }

    [Theory]
    [InlineData("{0} levels", true)]
    [InlineData("Checks: {0} errors, {1} warnings", true)]
    [InlineData("Viewed {0} times", true)]
    [InlineData("The note takes at most {0} characters.", false)]
    [InlineData("{0} shares with me", false)]
    [InlineData("between {0} and {1} minutes", false)]
    public void CountedNoun_Value_FindsUnsplitCounts(string value, bool found) => Assert.Equal(found, CountedNoun().IsMatch(value));

    private static List<string> StrayWords(string value, IReadOnlyCollection<string> allowed)
    {
        var text = Placeholder().Replace(value, " ");
        var stray = new List<string>();
        foreach (Match token in LatinToken().Matches(text))
        {
            // B2-C-017, driver-1, wx.login, access_token, Asia/Shanghai, spaceId: literals a person types or reads as they are.
            if (token.Value.Length == 1 || Technical().IsMatch(token.Value)) // single letters are zone and glyph names (C 区, E)
            {
                continue;
            }

            stray.AddRange(token.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !allowed.Contains(w)));
        }

        return stray;
    }

    private static string Section(string markdown, string heading)
    {
        var start = markdown.IndexOf(heading, StringComparison.Ordinal);
        Assert.True(start >= 0, $"{heading} missing from docs/glossary.md");
        var end = markdown.IndexOf("\n## ", start + heading.Length, StringComparison.Ordinal);
        return end < 0 ? markdown[start..] : markdown[start..end];
    }

    private static HashSet<string> Terms(string section) => [.. Backticked().Matches(section).Select(m => m.Groups[1].Value).Where(t => !t.Contains('.', StringComparison.Ordinal))];

    [GeneratedRegex(@"(?<!(at most|more than|between|and|to|than) )\{\d+(:[^}]*)?\} (days|hours|minutes|seconds|weeks|levels|spaces|zones|landmarks|markers|pages|views|times|errors|warnings|friends|cars|records|reservations|links|items|features)\b")]
    private static partial Regex CountedNoun();

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"[A-Za-z0-9][A-Za-z0-9_.\-/:@]*[A-Za-z0-9]|[A-Za-z]")]
    private static partial Regex LatinToken();

    [GeneratedRegex(@"[0-9_.\-/:@]|[a-z][A-Z]")]
    private static partial Regex Technical();

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Backticked();
}
