using SkiaSharp;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;

namespace ParkShare.Tests.Web.Sharing.Links;

/// <summary>Reads QR codes back out of rendered images with ZXing, as a phone's scanner would.</summary>
internal static class QrScan
{
    public static Result? Decode(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png) ?? throw new InvalidOperationException("Not an image Skia can decode.");
        return Decode(bitmap);
    }

    public static Result? Decode(SKBitmap bitmap)
    {
        // A phone's scanner sees the code at several sizes, frame after frame. For about 1 link content in 100,
        // ZXing's detector misses a valid code at one size (jsQR reads the same images), so a few sizes are tried.
        if (DecodeAtSize(bitmap) is { } result)
        {
            return result;
        }

        foreach (var scale in new[] { 0.75, 0.5, 0.4, 0.3 })
        {
            var info = new SKImageInfo((int)(bitmap.Width * scale), (int)(bitmap.Height * scale), SKColorType.Rgba8888, SKAlphaType.Opaque);
            using var smaller = bitmap.Resize(info, new SKSamplingOptions(SKFilterMode.Linear));
            if (smaller is not null && DecodeAtSize(smaller) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private static Result? DecodeAtSize(SKBitmap bitmap)
    {
        using var rgba = bitmap.Copy(SKColorType.Rgba8888) ?? throw new InvalidOperationException("Cannot convert to RGBA.");
        Assert.Equal(rgba.Width * 4, rgba.RowBytes);
        var source = new RGBLuminanceSource(rgba.Bytes, rgba.Width, rgba.Height, RGBLuminanceSource.BitmapFormat.RGBA32);
        // A phone's scanner tries more than one threshold: the local binarizer first, then the global histogram
        // (for some code contents the local one misreads a module next to the poster's text).
        var hints = new Dictionary<DecodeHintType, object> { [DecodeHintType.TRY_HARDER] = true };
        var reader = new QRCodeReader();
        return reader.decode(new BinaryBitmap(new HybridBinarizer(source)), hints)
            ?? reader.decode(new BinaryBitmap(new GlobalHistogramBinarizer(source)), hints);
    }
}
