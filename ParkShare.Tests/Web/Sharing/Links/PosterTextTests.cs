using ParkShare.Web.Sharing.Links;
using SkiaSharp;

namespace ParkShare.Tests.Web.Sharing.Links;

public sealed class PosterTextTests
{
    private const float Width = 400;

    [Fact]
    public void Wrap_LongChineseText_BreaksBetweenCharactersWithinWidth()
    {
        using var font = new SKFont(PosterFonts.Regular, 40);
        var text = string.Concat(Enumerable.Repeat("万达广场地下停车场", 3));

        var lines = PosterText.Wrap(text, font, Width, maxLines: 5);

        Assert.True(lines.Count > 1);
        Assert.All(lines, line => Assert.InRange(font.MeasureText(line), 1, Width));
        Assert.Equal(text, string.Concat(lines));
    }

    [Fact]
    public void Wrap_EnglishText_BreaksAtSpaces()
    {
        using var font = new SKFont(PosterFonts.Regular, 40);
        const string Text = "Zhangyang Road 500 Pudong New District Shanghai";

        var lines = PosterText.Wrap(Text, font, Width, maxLines: 5);

        Assert.True(lines.Count > 1);
        Assert.Equal(Text, string.Join(' ', lines));
        Assert.All(lines, line => Assert.InRange(font.MeasureText(line), 1, Width));
    }

    [Fact]
    public void Wrap_TextBeyondMaxLines_LastLineEndsWithEllipsis()
    {
        using var font = new SKFont(PosterFonts.Regular, 40);
        var text = string.Concat(Enumerable.Repeat("停车场", 30));

        var lines = PosterText.Wrap(text, font, Width, maxLines: 2);

        Assert.Equal(2, lines.Count);
        Assert.EndsWith("…", lines[1]);
        Assert.InRange(font.MeasureText(lines[1]), 1, Width);
    }

    [Fact]
    public void Wrap_SurrogatePairs_NeverSplit()
    {
        using var font = new SKFont(PosterFonts.Regular, 40);
        var text = string.Concat(Enumerable.Repeat("𠮷野家", 20));

        var lines = PosterText.Wrap(text, font, Width, maxLines: 10);

        Assert.All(lines, line => Assert.False(char.IsHighSurrogate(line[^1]), line));
        Assert.All(lines, line => Assert.False(char.IsLowSurrogate(line[0]), line));
    }

    [Fact]
    public void FitSize_TooWideAtMax_ShrinksToFitButNotBelowMin()
    {
        var size = PosterText.FitSize("B2 · C区 · B2-C-017", PosterFonts.Bold, 200, 20, Width);
        using var font = new SKFont(PosterFonts.Bold, size);

        Assert.InRange(size, 20, 199);
        Assert.InRange(font.MeasureText("B2 · C区 · B2-C-017"), Width * 0.9f, Width);
        Assert.Equal(50, PosterText.FitSize(string.Concat(Enumerable.Repeat("停", 100)), PosterFonts.Bold, 200, 50, Width));
    }
}
