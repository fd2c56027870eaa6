using System.Runtime.InteropServices;
using SkiaSharp;

namespace ParkShare.Web.Imaging;

/// <summary>Rows from Skia's scanline decoder (JPEG, at the codec's scaled size); Skia's PNG codec has none.</summary>
public sealed class CodecRows : IImageRows
{
    private readonly SKCodec _codec;
    private readonly byte[] _row;
    private GCHandle _pin;

    private CodecRows(SKCodec codec, int width)
    {
        _codec = codec;
        _row = new byte[width * 4];
        _pin = GCHandle.Alloc(_row, GCHandleType.Pinned);
    }

    /// <summary>Scanlines at <paramref name="size"/>, or null when the codec cannot give them in top-down order.</summary>
    public static CodecRows? Start(SKCodec codec, SKSizeI size) =>
        codec.ScanlineOrder == SKCodecScanlineOrder.TopDown
        && codec.StartScanlineDecode(new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul)) == SKCodecResult.Success
            ? new CodecRows(codec, size.Width)
            : null;

    public bool TryRead(Span<byte> row)
    {
        if (_codec.GetScanlines(_pin.AddrOfPinnedObject(), 1, _row.Length) != 1)
        {
            return false;
        }

        _row.CopyTo(row);
        return true;
    }

    public void Dispose()
    {
        if (_pin.IsAllocated)
        {
            _pin.Free();
        }
    }
}
