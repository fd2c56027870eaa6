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
