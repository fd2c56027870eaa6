using System.Text.RegularExpressions;
using ParkShare.Web.Localization;

namespace ParkShare.Tests.Web.Localization;

public sealed partial class StringTablesTests
{
    [Fact]
    public void Tables_ZhCnAndEn_HaveTheSameKeysAndNoBlankValues()
    {
        var zh = JsonStringLocalizer.AllTables["zh-CN"];
        var en = JsonStringLocalizer.AllTables["en"];

        Assert.Empty(zh.Keys.Except(en.Keys));
        Assert.Empty(en.Keys.Except(zh.Keys));
        Assert.All(zh.Concat(en), kv => Assert.False(string.IsNullOrWhiteSpace(kv.Value), kv.Key));
    }

    [Fact]
    public void Sources_EveryLiteralKeyUsed_ExistsInTheTables()
    {
        var root = RepositoryRoot();
        var keys = JsonStringLocalizer.AllTables["zh-CN"].Keys.ToHashSet();
        var used = Directory.EnumerateFiles(Path.Combine(root, "ParkShare.Web"), "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal)) && !f.Contains("/obj/", StringComparison.Ordinal))
            .SelectMany(f => KeyPattern().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Key: m.Groups[1].Value)))
            .ToList();

        Assert.True(used.Count > 80, $"only {used.Count} keys found: the scan is broken");
        Assert.Empty(used.Where(u => !keys.Contains(u.Key)).Select(u => $"{u.File}: {u.Key}"));
    }

    [Theory]
    [InlineData("Refine.Error.")]
    [InlineData("SpaceKind.")]
    [InlineData("ResolvedBy.")]
    [InlineData("Landmark.")]
    public void Tables_KeysBuiltFromEnums_CoverEveryValue(string prefix)
    {
        var values = prefix switch
        {
            "Refine.Error." => Enum.GetNames<ParkShare.Core.Refinement.RefinementError>(),
            "SpaceKind." => Enum.GetNames<ParkShare.Core.Lots.SpaceKind>(),
            "ResolvedBy." => Enum.GetNames<ParkShare.Core.Refinement.ResolvedBy>(),
            _ => Enum.GetNames<ParkShare.Core.Lots.LandmarkKind>(),
        };

        foreach (var table in JsonStringLocalizer.AllTables.Values)
        {
            Assert.All(values, v => Assert.True(table.ContainsKey(prefix + v), prefix + v));
        }
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ParkShare.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ParkShare.sln not found above the test output.");
    }

    [GeneratedRegex("""(?:\bL|\btext|problems\.Message)\[?\(?"([A-Za-z]+\.[A-Za-z0-9_.]+)"[\],]""")]
    private static partial Regex KeyPattern();
}
