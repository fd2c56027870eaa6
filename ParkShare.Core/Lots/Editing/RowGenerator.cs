using System.Globalization;
using ParkShare.Core.Geometry;

namespace ParkShare.Core.Lots.Editing;

/// <summary>Lays out a row of numbered spaces; refuses rows no lot has, rather than hanging on them.</summary>
public static class RowGenerator
{
    public const int MaxCount = 500;
    public const double MinSide = 0.5;
    public const double MaxSide = 50;

    public static IReadOnlyList<SpaceDraft> Generate(RowSpec row)
    {
        if (row.Count < 1 || row.Count > MaxCount)
        {
            throw new DraftEditException("RowCount", row.Count, MaxCount);
        }

        if (!(row.Width >= MinSide && row.Width <= MaxSide && row.Depth >= MinSide && row.Depth <= MaxSide))
        {
            throw new DraftEditException("RowSize", MinSide, MaxSide);
        }

        if (!(row.Gap >= 0 && row.Gap <= MaxSide) || !row.Origin.IsFinite || !double.IsFinite(row.AngleDegrees))
        {
            throw new DraftEditException("RowGap", MaxSide);
        }

        if (row.StartNumber < 0 || row.StartNumber > 99_999 - row.Count)
        {
            throw new DraftEditException("RowStart");
        }

        var (s, c) = Math.SinCos(row.AngleDegrees * Math.PI / 180);
        var along = new Point2(c, s);
        var left = new Point2(-s, c);
        var prefix = row.Prefix.Trim().ToUpperInvariant();
        var spaces = new SpaceDraft[row.Count];
        for (var i = 0; i < row.Count; i++)
        {
            var offset = i * (row.Width + row.Gap);
            var p0 = new Point2(row.Origin.X + (along.X * offset), row.Origin.Y + (along.Y * offset));
            var p1 = new Point2(p0.X + (along.X * row.Width), p0.Y + (along.Y * row.Width));
            Point2 Back(Point2 p) => new(p.X + (left.X * row.Depth), p.Y + (left.Y * row.Depth));
            var polygon = new Polygon2([Round(p0), Round(p1), Round(Back(p1)), Round(Back(p0))]);
            var number = row.StartNumber + i;
            var code = Code(prefix, number);
            spaces[i] = new SpaceDraft(Guid.CreateVersion7(), row.ZoneId, code, number, code, polygon, row.Kind, true);
        }

        return spaces;
    }

    /// <summary>"B4-A-" and 7 make "B4-A-007"; numbers are zero-padded to three digits as painted in the demo lot.</summary>
    public static string Code(string prefix, int number) =>
        prefix + number.ToString("000", CultureInfo.InvariantCulture);

    /// <summary>How many spaces of this width fit along a drag of <paramref name="length"/> metres (at least one).</summary>
    public static int CountAlong(double length, double width, double gap) =>
        width + gap <= 0 ? 1 : Math.Max(1, (int)Math.Floor((length + gap + 1e-6) / (width + gap)));

    private static Point2 Round(Point2 p) => new(Math.Round(p.X, 3), Math.Round(p.Y, 3));
}
