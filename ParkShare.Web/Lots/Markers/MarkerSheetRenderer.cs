using System.Collections;
using ParkShare.Core.Lots.Markers;
using ParkShare.Web.Sharing.Links;
using SkiaSharp;

namespace ParkShare.Web.Lots.Markers;

/// <summary>
/// Lays marker labels out on A4 (595 × 842 pt, 3 × 4 labels a page, the code printed under each QR) as a
/// PNG of one page or a multi-page PDF. Both draw the same page in points; the PNG scales it to its dpi.
/// </summary>
public sealed class MarkerSheetRenderer(ShareQrCodes qrCodes)
{
    public const int Columns = 3;
    public const int Rows = 4;
    public const int PerPage = Columns * Rows;
    public const int PngDpi = 200;
    private const float PageWidth = 595;
    private const float PageHeight = 842;
    private const float Margin = 36;
    private const float QrSide = 132;

    public static int PageCount(int labels) => Math.Max(1, (labels + PerPage - 1) / PerPage);

    public byte[] RenderPng(IReadOnlyList<MarkerLabel> labels, Guid lotId, string publicBaseUrl, int page)
    {
        const float scale = PngDpi / 72f;
        using var bitmap = new SKBitmap((int)Math.Ceiling(PageWidth * scale), (int)Math.Ceiling(PageHeight * scale));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            canvas.Scale(scale);
            DrawPage(canvas, Page(labels, page), lotId, publicBaseUrl);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    public byte[] RenderPdf(IReadOnlyList<MarkerLabel> labels, Guid lotId, string publicBaseUrl, string title)
    {
        using var stream = new MemoryStream();
        using (var document = SKDocument.CreatePdf(stream, new SKDocumentPdfMetadata { Title = title, Creator = "ParkShare" }))
        {
            for (var page = 1; page <= PageCount(labels.Count); page++)
            {
                var canvas = document.BeginPage(PageWidth, PageHeight);
                DrawPage(canvas, Page(labels, page), lotId, publicBaseUrl);
                document.EndPage();
            }

            document.Close();
        }

        return stream.ToArray();
    }

    private static IReadOnlyList<MarkerLabel> Page(IReadOnlyList<MarkerLabel> labels, int page) =>
        [.. labels.Skip((Math.Max(1, page) - 1) * PerPage).Take(PerPage)];

    private void DrawPage(SKCanvas canvas, IReadOnlyList<MarkerLabel> labels, Guid lotId, string publicBaseUrl)
    {
        var cellWidth = (PageWidth - (2 * Margin)) / Columns;
        var cellHeight = (PageHeight - (2 * Margin)) / Rows;
        using var border = new SKPaint { Color = new SKColor(0xCC, 0xCC, 0xCC), Style = SKPaintStyle.Stroke, StrokeWidth = 0.5f, PathEffect = SKPathEffect.CreateDash([3, 3], 0) };
        using var codeFont = PosterText.Font(PosterFonts.Bold, 16);
        using var captionFont = PosterText.Font(PosterFonts.Regular, 9);
        using var ink = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        for (var i = 0; i < labels.Count; i++)
        {
            var left = Margin + (i % Columns * cellWidth);
            var top = Margin + (i / Columns * cellHeight);
            canvas.DrawRect(left, top, cellWidth, cellHeight, border);
            var centre = left + (cellWidth / 2);
            DrawQr(canvas, qrCodes.Modules(MarkerSheet.Url(publicBaseUrl, lotId, labels[i].Code)), centre - (QrSide / 2), top + 16);
            canvas.DrawText(labels[i].Code, centre, top + 16 + QrSide + 24, SKTextAlign.Center, codeFont, ink);
            var caption = $"{labels[i].LevelName} · {labels[i].Caption}";
            canvas.DrawText(caption, centre, top + 16 + QrSide + 40, SKTextAlign.Center, captionFont, ink);
        }
    }

    private static void DrawQr(SKCanvas canvas, IReadOnlyList<BitArray> modules, float left, float top)
    {
        var module = QrSide / modules.Count;
        using var dark = new SKPaint { Color = SKColors.Black, IsAntialias = false };
        for (var row = 0; row < modules.Count; row++)
        {
            for (var col = 0; col < modules.Count; col++)
            {
                if (modules[row][col])
                {
                    // A hair of overlap so scaled modules leave no white seams between them.
                    canvas.DrawRect(left + (col * module), top + (row * module), module + 0.05f, module + 0.05f, dark);
                }
            }
        }
    }
}
