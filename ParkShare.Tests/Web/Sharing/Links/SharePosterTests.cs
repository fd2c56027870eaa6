using ParkShare.Web.Sharing.Links;
using SkiaSharp;

namespace ParkShare.Tests.Web.Sharing.Links;

public sealed class SharePosterTests
{
    private const string Url = "https://parkshare.example.com/s/q-7_Zx0aB-c_D1eF2gH3iJ";

    private static readonly PosterContent Chinese = new(
        LotName: "万达广场地下停车场",
        Address: "上海市浦东新区张杨路 500 号",
        LevelName: "B2",
        ZoneName: "C区",
        SpaceCode: "B2-C-017",
        ScanHint: "扫码找车",
        ExpiresText: "有效期至 5月20日 18:00",
        Url: Url);

    private readonly SharePoster _poster = new(new ShareQrCodes());

    [Fact]
    public void Fonts_ChineseTexts_EveryGlyphAvailableOnThisMachine()
    {
        // Fails loudly when no CJK font is installed (test.sh installs fonts-noto-cjk): posters
        // would otherwise ship with boxes where the lot name should be.
        var texts = Chinese.LotName + Chinese.Address + Chinese.ZoneName + Chinese.ScanHint + Chinese.ExpiresText;
        foreach (var typeface in new[] { PosterFonts.Regular, PosterFonts.Bold })
        {
            Assert.True(PosterFonts.HasGlyph(typeface, PosterFonts.CjkProbe), $"{typeface.FamilyName} has no '{PosterFonts.CjkProbe}'.");
            Assert.All(texts.Where(c => !char.IsWhiteSpace(c)), c => Assert.True(PosterFonts.HasGlyph(typeface, c), $"{typeface.FamilyName} has no '{c}'."));
        }

        Assert.True(PosterFonts.Bold.FontStyle.Weight > PosterFonts.Regular.FontStyle.Weight);
    }

    [Fact]
    public void RenderPng_ChineseContent_PortraitPngWhoseQrDecodesToTheUrl()
    {
        var png = _poster.RenderPng(Chinese);

        using var bitmap = SKBitmap.Decode(png);
        Assert.NotNull(bitmap);
        Assert.Equal(SharePoster.Width, bitmap.Width);
        Assert.Equal(SharePoster.Height, bitmap.Height);
        Assert.Equal(Url, QrScan.Decode(bitmap)?.Text);
    }

    [Fact]
    public void RenderPng_ChineseContent_TextsInkTheirBands()
    {
        using var withText = SKBitmap.Decode(_poster.RenderPng(Chinese));
        using var blank = SKBitmap.Decode(_poster.RenderPng(Chinese with
        {
            LotName = " ", Address = " ", LevelName = " ", ZoneName = null, SpaceCode = " ", ScanHint = " ", ExpiresText = " ",
        }));

        // Header (lot, address), space line + scan hint, footer (expiry): each differs from the blank poster.
        Assert.True(DifferingPixels(withText, blank, 0, 300) > 2_000);
        Assert.True(DifferingPixels(withText, blank, 310, 560) > 5_000);
        Assert.True(DifferingPixels(withText, blank, SharePoster.Height - 150, SharePoster.Height) > 1_000);
    }

    [Fact]
    public void RenderPng_LongTextsNoZone_StillFitsAndDecodes()
    {
        var content = Chinese with
        {
            LotName = string.Concat(Enumerable.Repeat("万达广场地下停车场", 8)),
            Address = string.Concat(Enumerable.Repeat("Zhangyang Road 500, Pudong New District, Shanghai ", 6)),
            ZoneName = null,
            SpaceCode = "B2-C-017-EXTRA-LONG-SPACE-CODE-FOR-A-VERY-WIDE-LINE",
            ExpiresText = "Valid until 20 May 18:00 (China Standard Time)",
        };

        using var bitmap = SKBitmap.Decode(_poster.RenderPng(content));

        Assert.Equal(SharePoster.Width, bitmap.Width);
        Assert.Equal(Url, QrScan.Decode(bitmap)?.Text);
    }

    [Fact]
    public void RenderPng_BadUrl_Throws()
    {
        Assert.Throws<ArgumentException>(() => _poster.RenderPng(Chinese with { Url = "/s/relative" }));
    }

    private static int DifferingPixels(SKBitmap a, SKBitmap b, int top, int bottom)
    {
        var count = 0;
        for (var y = top; y < bottom; y++)
        {
            for (var x = 0; x < a.Width; x++)
            {
                if (a.GetPixel(x, y) != b.GetPixel(x, y))
                {
                    count++;
                }
            }
        }

        return count;
    }
}
