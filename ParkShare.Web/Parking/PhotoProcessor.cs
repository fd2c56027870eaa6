using SkiaSharp;

namespace ParkShare.Web.Parking;

/// <summary>
/// Turns an uploaded photo into the JPEG we keep: JPEG or PNG only (by their magic bytes, then by
/// Skia's decoder), at most <see cref="MaxPixels"/> pixels by the header (checked before any pixel
/// is decoded, against decompression bombs), upright (EXIF orientation applied), at most
/// <see cref="MaxLongSide"/> px on the long side, transparency on white. Re-encoding keeps no
/// metadata, so EXIF and its GPS position never leave the phone's upload.
/// </summary>
public sealed class PhotoProcessor
{
    public const int MaxLongSide = 2048;
    public const long MaxPixels = 40_000_000;
    public const int Quality = 85;

    private static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public ProcessedPhoto Process(byte[] upload)
    {
        if (upload.Length == 0)
        {
            return ProcessedPhoto.Refused(PhotoError.Empty);
        }

        SKEncodedImageFormat format;
        if (upload.AsSpan().StartsWith(JpegMagic))
        {
            format = SKEncodedImageFormat.Jpeg;
        }
        else if (upload.AsSpan().StartsWith(PngMagic))
        {
            format = SKEncodedImageFormat.Png;
        }
        else
        {
            return ProcessedPhoto.Refused(PhotoError.NotImage);
        }

        using var data = SKData.CreateCopy(upload);
        using var codec = SKCodec.Create(data);
        if (codec is null || codec.EncodedFormat != format || codec.Info.Width <= 0 || codec.Info.Height <= 0)
        {
            return ProcessedPhoto.Refused(PhotoError.NotImage);
        }

        if ((long)codec.Info.Width * codec.Info.Height > MaxPixels)
        {
            return ProcessedPhoto.Refused(PhotoError.TooManyPixels);
        }

        using var decoded = Decode(codec);
        if (decoded is null)
        {
            return ProcessedPhoto.Refused(PhotoError.NotImage);
        }

        var jpeg = Render(decoded, codec.EncodedOrigin, codec.Info.Width, codec.Info.Height, out var width, out var height);
        return ProcessedPhoto.Ok(jpeg, width, height);
    }

    /// <summary>Decodes the whole image (JPEG straight at a reduced scale when it is much larger than needed); null when it is damaged or cut short.</summary>
    private static SKBitmap? Decode(SKCodec codec)
    {
        var longSide = Math.Max(codec.Info.Width, codec.Info.Height);
        var size = longSide > MaxLongSide ? codec.GetScaledDimensions((float)MaxLongSide / longSide) : codec.Info.Size;
        var info = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        var bitmap = new SKBitmap(info);
        if (codec.GetPixels(info, bitmap.GetPixels()) == SKCodecResult.Success)
        {
            return bitmap;
        }

        bitmap.Dispose();
        return null;
    }

    private static byte[] Render(SKBitmap source, SKEncodedOrigin origin, int originalWidth, int originalHeight, out int width, out int height)
    {
        var scale = Math.Min(1d, (double)MaxLongSide / Math.Max(originalWidth, originalHeight));
        var drawWidth = Math.Max(1, (int)Math.Round(originalWidth * scale));
        var drawHeight = Math.Max(1, (int)Math.Round(originalHeight * scale));
        var swaps = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        width = swaps ? drawHeight : drawWidth;
        height = swaps ? drawWidth : drawHeight;

        using var target = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        using (var canvas = new SKCanvas(target))
        using (var image = SKImage.FromBitmap(source))
        {
            canvas.Clear(SKColors.White);
            canvas.SetMatrix(Orientation(origin, width, height));
            canvas.DrawImage(image, new SKRect(0, 0, drawWidth, drawHeight), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        }

        using var pixels = target.PeekPixels();
        using var encoded = pixels.Encode(new SKJpegEncoderOptions(Quality, SKJpegEncoderDownsample.Downsample420, SKJpegEncoderAlphaOption.Ignore))
            ?? throw new InvalidOperationException("Skia could not encode the JPEG.");
        return encoded.ToArray();
    }

    /// <summary>Maps the stored (sensor) frame onto the upright frame of the given size, for the eight EXIF orientations.</summary>
    private static SKMatrix Orientation(SKEncodedOrigin origin, float width, float height) => origin switch
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
