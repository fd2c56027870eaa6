using System.Xml.Linq;
using ParkShare.Web.Sharing.Links;
using SkiaSharp;
using ZXing;

namespace ParkShare.Tests.Web.Sharing.Links;

public sealed class ShareQrCodesTests
{
    // A capability token as the share links carry it: 16 random bytes in base64url, 22 characters.
    private const string Token = "q-7_Zx0aB-c_D1eF2gH3iJ";
    private const string ShareUrl = "https://parkshare.example.com/s/" + Token;

    private readonly ShareQrCodes _qr = new();

    [Theory]
    [InlineData(ShareUrl)]
    [InlineData("https://parkshare.example.com/s/________________--____")]
    [InlineData("http://localhost:5080/s/AbCdEfGhIjKlMnOpQrStUv?pin=1#top")]
    [InlineData("https://停车.example.cn/s/AbCdEfGhIjKlMnOpQrStUv?lot=万达广场")]
    public void RenderPng_AbsoluteUrl_DecodesToExactlyTheUrl(string url)
    {
        var png = _qr.RenderPng(url);

        var result = QrScan.Decode(png);

        Assert.NotNull(result);
        Assert.Equal(url, result.Text);
        Assert.Equal("M", result.ResultMetadata[ResultMetadataType.ERROR_CORRECTION_LEVEL]);
    }

    [Theory]
    [InlineData(ShareQrCodes.MinSize)]
    [InlineData(ShareQrCodes.DefaultSize)]
    [InlineData(1000)]
    [InlineData(ShareQrCodes.MaxSize)]
    public void RenderPng_Size_SquareWholeModulesNoLargerThanAsked(int size)
    {
        var modules = _qr.Modules(ShareUrl).Count;

        using var bitmap = SKBitmap.Decode(_qr.RenderPng(ShareUrl, size));

        Assert.Equal(bitmap.Width, bitmap.Height);
        Assert.Equal(0, bitmap.Width % modules);
        Assert.InRange(bitmap.Width, size - modules + 1, size);
        Assert.Equal(SKColors.White, bitmap.GetPixel(1, 1)); // quiet zone
        Assert.Equal(ShareUrl, QrScan.Decode(bitmap)?.Text);
    }

    [Theory]
    [InlineData(ShareQrCodes.MinSize - 1)]
    [InlineData(ShareQrCodes.MaxSize + 1)]
    [InlineData(0)]
    public void Render_SizeOutOfBounds_Throws(int size)
    {
        Assert.False(ShareQrCodes.IsValidSize(size));
        Assert.Throws<ArgumentOutOfRangeException>(() => _qr.RenderPng(ShareUrl, size));
        Assert.Throws<ArgumentOutOfRangeException>(() => _qr.RenderSvg(ShareUrl, size));
    }

    [Theory]
    [InlineData("/s/q-7_Zx0aB-c_D1eF2gH3iJ")]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://parkshare.example.com/s/x")]
    [InlineData("")]
    public void Render_NotAnAbsoluteHttpUrl_Throws(string url)
    {
        Assert.Throws<ArgumentException>(() => _qr.RenderPng(url));
        Assert.Throws<ArgumentException>(() => _qr.RenderSvg(url));
    }

    [Fact]
    public void Render_UrlLongerThanLimit_Throws()
    {
        var url = "https://parkshare.example.com/s/" + new string('a', ShareQrCodes.MaxUrlLength);

        Assert.Throws<ArgumentException>(() => _qr.RenderPng(url));
    }

    [Fact]
    public void RenderSvg_ShareUrl_StandaloneSvgWhosePathDecodesToTheUrl()
    {
        var svg = _qr.RenderSvg(ShareUrl, 300);

        var doc = XDocument.Parse(svg);
        XNamespace ns = "http://www.w3.org/2000/svg";
        var root = doc.Root!;
        Assert.Equal(ns + "svg", root.Name);
        Assert.Equal("300", (string?)root.Attribute("width"));
        Assert.Equal("300", (string?)root.Attribute("height"));
        Assert.DoesNotContain("href", svg, StringComparison.OrdinalIgnoreCase);
        var n = _qr.Modules(ShareUrl).Count;
        Assert.Equal($"0 0 {n} {n}", (string?)root.Attribute("viewBox"));

        // Skia's own SVG path parser rasterizes the path: an independent reading of what we wrote.
        var path = doc.Descendants(ns + "path").Single();
        using var skPath = SKPath.ParseSvgPathData((string)path.Attribute("d")!);
        Assert.NotNull(skPath);
        const int Scale = 6;
        using var bitmap = new SKBitmap(n * Scale, n * Scale);
        using (var canvas = new SKCanvas(bitmap))
        using (var paint = new SKPaint { Color = SKColors.Black, IsAntialias = false })
        {
            canvas.Clear(SKColors.White);
            canvas.Scale(Scale);
            canvas.DrawPath(skPath, paint);
        }

        Assert.Equal(ShareUrl, QrScan.Decode(bitmap)?.Text);
    }
}
