using Microsoft.Extensions.Options;
using ParkShare.Web.Imaging;
using SkiaSharp;

namespace ParkShare.Web.Parking;

/// <summary>
/// Turns an uploaded photo into the JPEG we keep: JPEG or PNG only (by their magic bytes, then by
/// Skia's decoder), at most <see cref="MaxPixels"/> pixels by the header (checked before any pixel
/// is decoded, against decompression bombs), upright (EXIF orientation applied), at most
/// <see cref="MaxLongSide"/> px on the long side, transparency on white. Re-encoding keeps no
/// metadata, so EXIF and its GPS position never leave the phone's upload. A large picture is sampled
/// down while it is decoded, within <see cref="ImagingOptions.MaxDecodePixels"/>, and
/// <see cref="ProcessAsync"/> waits for one of the <see cref="ImageDecodeGate"/>'s slots.
/// </summary>
/// <remarks>Without options (unit tests) the default budget applies and nothing is gated.</remarks>
public sealed class PhotoProcessor(IOptions<ImagingOptions>? options = null, ImageDecodeGate? gate = null)
{
    private readonly long _pixelBudget = (options?.Value ?? new ImagingOptions()).MaxDecodePixels;

    public const int MaxLongSide = 2048;
    public const long MaxPixels = 40_000_000;
    public const int Quality = 85;

    /// <summary>Whether the decoders would take an upload now (<see cref="ImageDecodeGate.HasRoom"/>): asked before its body is read.</summary>
    public bool HasRoom => gate?.HasRoom ?? true;

    /// <summary><see cref="Process"/> on one of the host's decode slots; <see cref="PhotoError.Busy"/> at once when they and their queue are full.</summary>
    public Task<ProcessedPhoto> ProcessAsync(byte[] upload, CancellationToken cancellationToken) =>
        gate is null ? Task.FromResult(Process(upload)) : gate.RunAsync(() => Process(upload), () => ProcessedPhoto.Refused(PhotoError.Busy), cancellationToken);

    public ProcessedPhoto Process(byte[] upload)
    {
        if (upload.Length == 0)
        {
            return ProcessedPhoto.Refused(PhotoError.Empty);
        }

        if (UploadedImage.Sniff(upload) is not { } format)
        {
            return ProcessedPhoto.Refused(PhotoError.NotImage);
        }

        using var data = SKData.CreateCopy(upload);
        using var codec = UploadedImage.Open(data, format);
        if (codec is null)
        {
            return ProcessedPhoto.Refused(PhotoError.NotImage);
        }

        if ((long)codec.Info.Width * codec.Info.Height > MaxPixels)
        {
            return ProcessedPhoto.Refused(PhotoError.TooManyPixels);
        }

        var (decoded, overBudget) = UploadedImage.DecodeWithin(codec, upload, _pixelBudget, MaxLongSide);
        using var _ = decoded;
        if (decoded is null)
        {
            return ProcessedPhoto.Refused(overBudget ? PhotoError.TooManyPixels : PhotoError.NotImage);
        }

        var jpeg = Render(decoded, codec.EncodedOrigin, codec.Info.Width, codec.Info.Height, out var width, out var height);
        return ProcessedPhoto.Ok(jpeg, width, height);
    }

    private static byte[] Render(SKBitmap source, SKEncodedOrigin origin, int originalWidth, int originalHeight, out int width, out int height)
    {
        var scale = Math.Min(1d, (double)MaxLongSide / Math.Max(originalWidth, originalHeight));
        var drawWidth = Math.Max(1, (int)Math.Round(originalWidth * scale));
        var drawHeight = Math.Max(1, (int)Math.Round(originalHeight * scale));
        var swaps = UploadedImage.SwapsAxes(origin);
        width = swaps ? drawHeight : drawWidth;
        height = swaps ? drawWidth : drawHeight;

        using var target = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        using (var canvas = new SKCanvas(target))
        using (var image = SKImage.FromBitmap(source))
        {
            canvas.Clear(SKColors.White);
            canvas.SetMatrix(UploadedImage.Orientation(origin, width, height));
            canvas.DrawImage(image, new SKRect(0, 0, drawWidth, drawHeight), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        }

        using var pixels = target.PeekPixels();
        using var encoded = pixels.Encode(new SKJpegEncoderOptions(Quality, SKJpegEncoderDownsample.Downsample420, SKJpegEncoderAlphaOption.Ignore))
            ?? throw new InvalidOperationException("Skia could not encode the JPEG.");
        return encoded.ToArray();
    }
}
