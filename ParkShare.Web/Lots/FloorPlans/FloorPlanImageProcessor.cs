using Microsoft.Extensions.Options;
using ParkShare.Core.Lots.FloorPlans;
using ParkShare.Web.Imaging;
using SkiaSharp;

namespace ParkShare.Web.Lots.FloorPlans;

/// <summary>
/// Turns an uploaded floor plan into the image we store: PNG or JPEG only, within the byte and pixel limits
/// of <see cref="FloorPlanOptions"/> (the pixel size from the header, before decoding), decoded whole,
/// upright, and re-encoded in its own format (PNG stays lossless for line drawings, JPEG at
/// <see cref="JpegQuality"/>), which leaves every piece of metadata behind. Full size, the plan's detail matters,
/// up to <see cref="ImagingOptions.MaxDecodePixels"/>: a larger plan is sampled down while it is decoded.
/// <see cref="ProcessAsync"/> waits for one of the <see cref="ImageDecodeGate"/>'s slots.
/// </summary>
/// <remarks>Without imaging options (unit tests) the default budget applies and nothing is gated.</remarks>
public sealed class FloorPlanImageProcessor(IOptions<FloorPlanOptions> options, IOptions<ImagingOptions>? imaging = null, ImageDecodeGate? gate = null)
{
    public const int JpegQuality = 85;

    public FloorPlanOptions Limits => options.Value;

    /// <summary>Whether the decoders would take an upload now (<see cref="ImageDecodeGate.HasRoom"/>): asked before the file is read.</summary>
    public bool HasRoom => gate?.HasRoom ?? true;

    /// <summary><see cref="Process"/> on one of the host's decode slots; <see cref="FloorPlanImageError.Busy"/> at once when they and their queue are full.</summary>
    public Task<FloorPlanIntake> ProcessAsync(byte[] upload, CancellationToken cancellationToken) =>
        gate is null ? Task.FromResult(Process(upload)) : gate.RunAsync(() => Process(upload), () => FloorPlanIntake.Refused(FloorPlanImageError.Busy), cancellationToken);

    public FloorPlanIntake Process(byte[] upload)
    {
        var limits = options.Value;
        if (upload.Length == 0)
        {
            return FloorPlanIntake.Refused(FloorPlanImageError.Empty);
        }

        if (upload.Length > limits.MaxBytes)
        {
            return FloorPlanIntake.Refused(FloorPlanImageError.TooLarge);
        }

        if (UploadedImage.Sniff(upload) is not { } format)
        {
            return FloorPlanIntake.Refused(FloorPlanImageError.NotImage);
        }

        using var data = SKData.CreateCopy(upload);
        using var codec = UploadedImage.Open(data, format);
        if (codec is null)
        {
            return FloorPlanIntake.Refused(FloorPlanImageError.NotImage);
        }

        if (codec.Info.Width > limits.MaxWidth || codec.Info.Height > limits.MaxHeight)
        {
            return FloorPlanIntake.Refused(FloorPlanImageError.TooManyPixels);
        }

        var budget = (imaging?.Value ?? new ImagingOptions()).MaxDecodePixels;
        var (decoded, overBudget) = UploadedImage.DecodeWithin(codec, upload, budget, int.MaxValue);
        using var _ = decoded;
        if (decoded is null)
        {
            return FloorPlanIntake.Refused(overBudget ? FloorPlanImageError.TooManyPixels : FloorPlanImageError.NotImage);
        }

        using var upright = Upright(decoded, codec.EncodedOrigin);
        var bitmap = upright ?? decoded;
        using var pixels = bitmap.PeekPixels();
        using var encoded = format == SKEncodedImageFormat.Png
            ? pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.AllFilters, 6))
            : pixels.Encode(new SKJpegEncoderOptions(JpegQuality, SKJpegEncoderDownsample.Downsample420, SKJpegEncoderAlphaOption.Ignore));
        if (encoded is null)
        {
            throw new InvalidOperationException("Skia could not encode the floor plan.");
        }

        var contentType = format == SKEncodedImageFormat.Png ? FloorPlanImage.Png : FloorPlanImage.Jpeg;
        return FloorPlanIntake.Ok(new FloorPlanImage(encoded.ToArray(), contentType, bitmap.Width, bitmap.Height));
    }

    /// <summary>The picture turned upright by its EXIF orientation, or null when it already is (no second full-size copy).</summary>
    private static SKBitmap? Upright(SKBitmap source, SKEncodedOrigin origin)
    {
        if (origin == SKEncodedOrigin.TopLeft)
        {
            return null;
        }

        var swaps = UploadedImage.SwapsAxes(origin);
        var width = swaps ? source.Height : source.Width;
        var height = swaps ? source.Width : source.Height;
        var target = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(target);
        using var image = SKImage.FromBitmap(source);
        canvas.Clear(SKColors.Transparent);
        canvas.SetMatrix(UploadedImage.Orientation(origin, width, height));
        canvas.DrawImage(image, 0, 0, SKSamplingOptions.Default);
        return target;
    }
}
