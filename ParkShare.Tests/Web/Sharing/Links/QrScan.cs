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
