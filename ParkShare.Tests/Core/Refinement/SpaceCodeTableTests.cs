using System.Globalization;
using System.Text;
using ParkShare.Core.Refinement;

namespace ParkShare.Tests.Core.Refinement;

/// <summary>
/// Runs every row of space-codes.tsv through the refiner against the demo lot. A row's input may
/// spell invisible characters as \uXXXX, a tab as \t and a backslash as \\.
/// </summary>
public class SpaceCodeTableTests
{
    private const string Ambiguous = "ambiguous";
    private const string None = "none";

    private static readonly Lazy<IReadOnlyList<TableRow>> Rows = new(Load);

    public static TheoryData<int, string, string> RowData()
    {
        var data = new TheoryData<int, string, string>();
        foreach (var row in Rows.Value)
        {
            data.Add(row.Line, row.Input, row.Expected);
        }

        return data;
    }

    [Fact]
    public void Table_Loaded_HasAtLeast200Rows()
    {
        Assert.True(Rows.Value.Count >= 200, $"space-codes.tsv has {Rows.Value.Count} rows, expected at least 200.");
    }

    [Fact]
    public void Table_Expectations_AreAllKnownKinds()
    {
        var codes = DemoLot.Map.Spaces.Select(s => s.Code).ToHashSet(StringComparer.Ordinal);

        var unknown = Rows.Value.Where(r => r.Expected is not (Ambiguous or None) && !codes.Contains(r.Expected)).ToList();

        Assert.Empty(unknown);
    }

    [Fact]
    public void Table_Inputs_AreUnique()
    {
        var duplicates = Rows.Value.GroupBy(r => r.Input, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();

        Assert.Empty(duplicates);
    }

    [Fact]
    public void Table_Rows_CoverEveryExpectationKind()
    {
        Assert.True(Rows.Value.Count(r => r.Expected == None) >= 60);
        Assert.True(Rows.Value.Count(r => r.Expected == Ambiguous) >= 15);
        Assert.True(Rows.Value.Count(r => r.Expected is not (Ambiguous or None)) >= 80);
    }

    [Theory]
    [MemberData(nameof(RowData))]
    public void Refine_TableRow_GivesExpectedOutcome(int line, string input, string expected)
    {
        var result = new PositionRefiner().Refine(DemoLot.Map, new SpaceCodePosition(input));
        var context = $"line {line}: \"{input}\" expected {expected}, got {result.Status} {result.Position?.Space.Code} {result.Error}";

        switch (expected)
        {
            case None:
                Assert.True(result.Status == RefinementStatus.Failed, context);
                Assert.Null(result.Position);
                Assert.Empty(result.Candidates);
                Assert.NotEqual(RefinementError.None, result.Error);
                break;
            case Ambiguous:
                Assert.True(result.Status == RefinementStatus.Ambiguous, context);
                Assert.Null(result.Position);
                Assert.InRange(result.Candidates.Count, 2, PositionRefiner.MaxCandidates);
                break;
            default:
                Assert.True(result.Status == RefinementStatus.Resolved, context);
                Assert.Equal(expected, result.Position!.Space.Code);
                Assert.Empty(result.Candidates);
                break;
        }
    }

    private static List<TableRow> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Core", "Refinement", "space-codes.tsv");
        var rows = new List<TableRow>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var tab = line.LastIndexOf('\t');
            if (tab < 0)
            {
                throw new InvalidDataException($"space-codes.tsv line {lineNumber} has no tab: {line}");
            }

            rows.Add(new TableRow(lineNumber, Unescape(line[..tab]), line[(tab + 1)..].Trim()));
        }

        return rows;
    }

    private static string Unescape(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\\' || i + 1 == text.Length)
            {
                sb.Append(text[i]);
                continue;
            }

            var next = text[++i];
            switch (next)
            {
                case 't':
                    sb.Append('\t');
                    break;
                case 'u' when i + 4 < text.Length:
                    sb.Append((char)int.Parse(text.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                default:
                    sb.Append(next);
                    break;
            }
        }

        return sb.ToString();
    }

    private sealed record TableRow(int Line, string Input, string Expected);
}
