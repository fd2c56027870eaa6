using System.Text;
using SkiaSharp;

namespace ParkShare.Web.Sharing.Links;

/// <summary>Line breaking and fitting for poster texts (CJK has no spaces, so any character may break).</summary>
internal static class PosterText
{
    private const string Ellipsis = "…";

    /// <summary>The one font setup for measuring and drawing, so both agree to the pixel.</summary>
    public static SKFont Font(SKTypeface typeface, float size) =>
        new(typeface, size) { Edging = SKFontEdging.Antialias, Subpixel = true };

    /// <summary>The largest size from <paramref name="maxSize"/> down to <paramref name="minSize"/> at which the text fits one line.</summary>
    public static float FitSize(string text, SKTypeface typeface, float maxSize, float minSize, float maxWidth)
    {
        using var font = Font(typeface, maxSize);
        var width = font.MeasureText(text);
        if (width <= maxWidth)
        {
            return maxSize;
        }

        // Text width is not exactly linear in size (hinting, rounding): step down until it fits.
        var size = MathF.Floor(maxSize * maxWidth / width);
        while (size > minSize)
        {
            font.Size = size;
            if (font.MeasureText(text) <= maxWidth)
            {
                return size;
            }

            size--;
        }

        return minSize;
    }

    /// <summary>
    /// At most <paramref name="maxLines"/> lines no wider than <paramref name="maxWidth"/>, broken at
    /// a space when the line has one, else between characters; an ellipsis ends a text cut short.
    /// </summary>
    public static IReadOnlyList<string> Wrap(string text, SKFont font, float maxWidth, int maxLines)
    {
        var lines = new List<string>();
        var rest = text.Trim();
        while (rest.Length > 0 && lines.Count < maxLines)
        {
            var count = Fit(rest, font, maxWidth);
            if (count < rest.Length)
            {
                var space = rest.LastIndexOf(' ', count);
                if (space > 0)
                {
                    count = space;
                }
            }

            lines.Add(rest[..count].TrimEnd());
            rest = rest[count..].TrimStart();
        }

        if (rest.Length > 0 && lines.Count > 0)
        {
            lines[^1] = Ellipsize(lines[^1], font, maxWidth);
        }

        return lines;
    }

    private static string Ellipsize(string line, SKFont font, float maxWidth)
    {
        var text = new StringBuilder(line);
        while (text.Length > 0 && font.MeasureText(text + Ellipsis) > maxWidth)
        {
            text.Length -= char.IsLowSurrogate(text[^1]) && text.Length > 1 ? 2 : 1;
        }

        return text.ToString().TrimEnd() + Ellipsis;
    }

    // Characters that fit, never splitting a surrogate pair and always at least one character, so
    // the loop progresses even when a single glyph is wider than the line.
    private static int Fit(string text, SKFont font, float maxWidth)
    {
        var count = (int)font.BreakText(text, maxWidth);
        if (count > 0 && count < text.Length && char.IsLowSurrogate(text[count]))
        {
            count--;
        }

        if (count == 0)
        {
            count = char.IsHighSurrogate(text[0]) && text.Length > 1 ? 2 : 1;
        }

        return count;
    }
}
