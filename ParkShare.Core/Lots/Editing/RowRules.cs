using System.Globalization;

namespace ParkShare.Core.Lots.Editing;

/// <summary>
/// What a row of spaces may be, field by field, so a form can say which value is wrong beside it; the same limits
/// <see cref="RowGenerator"/> enforces. A code is the prefix and a number of up to five digits.
/// </summary>
public static class RowRules
{
    public const int MaxPrefixLength = 28;
    public const int MaxNumber = 99_999;

    public static IReadOnlyList<RowProblem> Check(RowSpec row)
    {
        var problems = new List<RowProblem>();
        void Range(RowField field, bool ok, object min, object max)
        {
            if (!ok)
            {
                problems.Add(new RowProblem(field, "Range", [min, max]));
            }
        }

        Range(RowField.Count, row.Count is >= 1 and <= RowGenerator.MaxCount, 1, RowGenerator.MaxCount);
        Range(RowField.Width, row.Width is >= RowGenerator.MinSide and <= RowGenerator.MaxSide, Metres(RowGenerator.MinSide), Metres(RowGenerator.MaxSide));
        Range(RowField.Depth, row.Depth is >= RowGenerator.MinSide and <= RowGenerator.MaxSide, Metres(RowGenerator.MinSide), Metres(RowGenerator.MaxSide));
        Range(RowField.Gap, row.Gap is >= 0 and <= RowGenerator.MaxSide, 0, Metres(RowGenerator.MaxSide));
        Range(RowField.Angle, row.AngleDegrees is >= -360 and <= 360, -360, 360);
        var last = Math.Max(0, MaxNumber - Math.Max(row.Count, 0));
        Range(RowField.StartNumber, row.StartNumber >= 0 && row.StartNumber <= last, 0, last);
        var prefix = row.Prefix.Trim();
        if (prefix.Length > MaxPrefixLength)
        {
            problems.Add(new RowProblem(RowField.Prefix, "TooLong", [MaxPrefixLength]));
        }
        else if (prefix.Any(char.IsControl))
        {
            problems.Add(new RowProblem(RowField.Prefix, "ControlCharacters", []));
        }

        return problems;
    }

    private static string Metres(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
