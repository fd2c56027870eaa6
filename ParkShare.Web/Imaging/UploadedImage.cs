using SkiaSharp;

namespace ParkShare.Web.Imaging;

/// <summary>
/// The checks every uploaded picture goes through (record photos, floor plans): JPEG or PNG by their magic
/// bytes and by Skia's decoder agreeing, the size read from the header before any pixel is decoded (against
/// decompression bombs), a whole decode (a damaged or cut-short file fails), and the EXIF orientation.
/// </summary>
public static class UploadedImage
{
    private static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>JPEG or PNG by the first bytes; null for anything else.</summary>
    public static SKEncodedImageFormat? Sniff(ReadOnlySpan<byte> upload) =>
        upload.StartsWith(JpegMagic) ? SKEncodedImageFormat.Jpeg
        : upload.StartsWith(PngMagic) ? SKEncodedImageFormat.Png
        : null;

    /// <summary>
    /// A codec over <paramref name="data"/> when Skia reads it as the sniffed format with a real size (only the
    /// header is parsed); null otherwise. The caller keeps <paramref name="data"/> alive while using the codec.
    /// </summary>
    public static SKCodec? Open(SKData data, SKEncodedImageFormat format)
    {
        var codec = SKCodec.Create(data);
        if (codec is null || codec.EncodedFormat != format || codec.Info.Width <= 0 || codec.Info.Height <= 0)
        {
            codec?.Dispose();
            return null;
        }

        return codec;
    }

    /// <summary>
    /// Decodes the whole image within <paramref name="pixelBudget"/> pixels, and no larger than needed for
    /// <paramref name="wantedLongSide"/>: JPEG scales while decoding (by its DCT), and what is still too large is
    /// read row by row and averaged over k x k blocks, so the full-size picture is never in memory. Null when
    /// the picture is damaged or cut short; <c>OverBudget</c> when it is larger than the budget and cannot be read
    /// row by row (an interlaced PNG). Skia's PNG codec has no row-by-row decoding, so PNG rows come from <see cref="PngRows"/>.
    /// </summary>
    public static (SKBitmap? Bitmap, bool OverBudget) DecodeWithin(SKCodec codec, byte[] upload, long pixelBudget, int wantedLongSide)
    {
        var full = codec.Info.Size;
        var scale = Math.Min(1d, Math.Min((double)wantedLongSide / Math.Max(full.Width, full.Height), Math.Sqrt((double)pixelBudget / Pixels(full))));
        var decoded = scale < 1 ? codec.GetScaledDimensions((float)scale) : full;
        var byBudget = (int)Math.Ceiling(Math.Sqrt((double)Pixels(decoded) / pixelBudget));
        var byWanted = Math.Max(1, Math.Max(decoded.Width, decoded.Height) / wantedLongSide);
        var sample = Math.Max(1, Math.Max(byBudget, byWanted));
        if (sample == 1)
        {
            return (Decode(codec, decoded), false);
        }

        if (IsInterlacedPng(upload))
        {
            return (null, true);
        }

        try
        {
            using IImageRows? rows = codec.EncodedFormat == SKEncodedImageFormat.Png ? new PngRows(upload) : CodecRows.Start(codec, decoded);
            return rows is null ? (null, true) : (RowSampler.Sample(rows, decoded, sample), false);
        }
        catch (InvalidDataException)
        {
            return (null, false);
        }
    }

    /// <summary>Decodes the whole image at <paramref name="size"/> (JPEG can scale down while decoding); null when it is damaged or cut short.</summary>
    public static SKBitmap? Decode(SKCodec codec, SKSizeI size)
    {
        var info = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        var bitmap = new SKBitmap(info);
        if (codec.GetPixels(info, bitmap.GetPixels()) == SKCodecResult.Success)
        {
            return bitmap;
        }

        bitmap.Dispose();
        return null;
    }

    private static long Pixels(SKSizeI size) => (long)size.Width * size.Height;

    /// <summary>PNG's IHDR interlace byte: an Adam7 PNG cannot be read row by row.</summary>
    private static bool IsInterlacedPng(ReadOnlySpan<byte> upload) => upload.StartsWith(PngMagic) && upload.Length > 28 && upload[28] != 0;

    /// <summary>Whether the EXIF orientation turns the picture a quarter, so its upright width is the stored height.</summary>
    public static bool SwapsAxes(SKEncodedOrigin origin) =>
        origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;

    /// <summary>Maps the stored (sensor) frame onto the upright frame of the given size, for the eight EXIF orientations.</summary>
    public static SKMatrix Orientation(SKEncodedOrigin origin, float width, float height) => origin switch
    {
        SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, width, 0, 1, 0, 0, 0, 1),
        SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, width, 0, -1, height, 0, 0, 1),
        SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, height, 0, 0, 1),
        SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightTop => new SKMatrix(0, -1, width, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, width, -1, 0, height, 0, 0, 1),
        SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, height, 0, 0, 1),
        _ => SKMatrix.Identity,
    };
}
