using System.Collections;
using SkiaSharp;

namespace ParkShare.Web.Sharing.Links;

/// <summary>
/// A portrait share poster (sized for a WeChat chat or Moments image): a header with the lot and
/// its address, the level · zone · space line in large type, the caller's "scan" line, the QR code
/// of the share link large in the middle (drawn module by module, whole pixels per module, so it
/// stays sharp) and the expiry line. Every text comes localized from the caller.
/// </summary>
public sealed class SharePoster(ShareQrCodes qrCodes)
{
    public const int Width = 1080;
    public const int Height = 1620;

    private const float Margin = 60;
    private const float ContentWidth = Width - 2 * Margin;
    private const float HeaderHeight = 300;
    private const float FooterHeight = 150;
    private const float MaxQrSide = 820;
    private const string Separator = " · ";

    private static readonly SKColor Brand = new(0x1E, 0x3A, 0x8A);
    private static readonly SKColor OnBrand = SKColors.White;
    private static readonly SKColor OnBrandMuted = new(0xDB, 0xEA, 0xFE);
    private static readonly SKColor Ink = new(0x11, 0x18, 0x27);
    private static readonly SKColor Muted = new(0x4B, 0x55, 0x63);
    private static readonly SKColor Frame = new(0xD1, 0xD5, 0xDB);

    public byte[] RenderPng(PosterContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var modules = qrCodes.Modules(content.Url);

        using var bitmap = new SKBitmap(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            DrawHeader(canvas, content);

            var spaceLine = SpaceLine(content);
            var spaceSize = PosterText.FitSize(spaceLine, PosterFonts.Bold, 112, 56, ContentWidth);
            var y = Draw(canvas, Block(spaceLine, PosterFonts.Bold, spaceSize, 2), Ink, HeaderHeight + 40);
            y = Draw(canvas, Block(content.ScanHint, PosterFonts.Regular, 44, 2), Muted, y + 10);

            var footerTop = Height - FooterHeight;
            DrawQr(canvas, modules, y + 30, footerTop - 30);
            Draw(canvas, Block(content.ExpiresText, PosterFonts.Regular, 38, 2), Muted, footerTop + 20);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var png = image.Encode(SKEncodedImageFormat.Png, 100)
            ?? throw new InvalidOperationException("Skia could not encode the poster.");
        return png.ToArray();
    }

    private static string SpaceLine(PosterContent content)
    {
        var parts = new[] { content.LevelName, content.ZoneName, content.SpaceCode }
            .Where(part => !string.IsNullOrWhiteSpace(part))
            .Select(part => part!.Trim());
        return string.Join(Separator, parts);
    }

    /// <summary>The lot name and address, centred as one block in the brand band.</summary>
    private static void DrawHeader(SKCanvas canvas, PosterContent content)
    {
        using (var band = new SKPaint { Color = Brand })
        {
            canvas.DrawRect(0, 0, Width, HeaderHeight, band);
        }

        var nameSize = PosterText.FitSize(content.LotName, PosterFonts.Bold, 64, 48, ContentWidth);
        var name = Block(content.LotName, PosterFonts.Bold, nameSize, 2);
        var address = Block(content.Address, PosterFonts.Regular, 34, 2);
        const float Gap = 16;
        var y = (HeaderHeight - (name.Height + Gap + address.Height)) / 2;
        y = Draw(canvas, name, OnBrand, y);
        Draw(canvas, address, OnBrandMuted, y + Gap);
    }

    private static PosterTextBlock Block(string text, SKTypeface typeface, float size, int maxLines)
    {
        using var font = PosterText.Font(typeface, size);
        return new PosterTextBlock(PosterText.Wrap(text, font, ContentWidth, maxLines), typeface, size);
    }

    /// <summary>Draws the block centred from <paramref name="top"/>; returns the y below it.</summary>
    private static float Draw(SKCanvas canvas, PosterTextBlock block, SKColor color, float top)
    {
        using var font = PosterText.Font(block.Typeface, block.Size);
        using var paint = new SKPaint { Color = color, IsAntialias = true };
        var y = top;
        foreach (var line in block.Lines)
        {
            canvas.DrawText(line, Width / 2f, y + block.Size, SKTextAlign.Center, font, paint);
            y += block.LineHeight;
        }

        return y;
    }

    /// <summary>The code, whole pixels per module, as large as fits (up to <see cref="MaxQrSide"/>), centred between top and bottom.</summary>
    private static void DrawQr(SKCanvas canvas, IReadOnlyList<BitArray> modules, float top, float bottom)
    {
        var n = modules.Count;
        var pixel = Math.Max(1, (int)(Math.Min(MaxQrSide, bottom - top) / n));
        var drawn = pixel * n;
        var left = (Width - drawn) / 2;
        var y0 = (int)(top + (bottom - top - drawn) / 2);

        using (var frame = new SKPaint { Color = Frame, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 3 })
        {
            canvas.DrawRoundRect(new SKRect(left - 12, y0 - 12, left + drawn + 12, y0 + drawn + 12), 24, 24, frame);
        }

        using var dark = new SKPaint { Color = SKColors.Black, IsAntialias = false };
        for (var row = 0; row < n; row++)
        {
            for (var col = 0; col < n; col++)
            {
                if (modules[row][col])
                {
                    canvas.DrawRect(left + col * pixel, y0 + row * pixel, pixel, pixel, dark);
                }
            }
        }
    }
}
