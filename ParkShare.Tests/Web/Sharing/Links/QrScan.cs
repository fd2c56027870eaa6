using SkiaSharp;
using ZXing;

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
        var reader = new BarcodeReaderGeneric
        {
            AutoRotate = false,
            Options = { PossibleFormats = [BarcodeFormat.QR_CODE], TryHarder = true },
        };
        return reader.Decode(source);
    }
}
