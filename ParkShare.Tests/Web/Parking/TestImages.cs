using System.Buffers.Binary;
using System.Text;
using SkiaSharp;

namespace ParkShare.Tests.Web.Parking;

/// <summary>Images made in the test: Skia-encoded JPEG/PNG/WebP, and a hand-written EXIF block (orientation and a GPS position).</summary>
public static class TestImages
{
    /// <summary>A GPS tag value written into the EXIF block, easy to look for in the output.</summary>
    public const string GpsMapDatum = "WGS-84-PARKSHARE";

    public static byte[] Jpeg(int width, int height) => Encode(width, height, SKEncodedImageFormat.Jpeg, opaque: true);

    public static byte[] Png(int width, int height, bool opaque = true) => Encode(width, height, SKEncodedImageFormat.Png, opaque);

    public static byte[] Webp(int width, int height) => Encode(width, height, SKEncodedImageFormat.Webp, opaque: true);

    /// <summary>A whole 1x1 GIF.</summary>
    public static byte[] Gif => [.. "GIF89a"u8, 1, 0, 1, 0, 0x80, 0, 0, 0xFF, 0xFF, 0xFF, 0, 0, 0, 0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x44, 1, 0, 0x3B];

    /// <summary>A JPEG with an APP1 Exif segment right after SOI: the given orientation and a GPS block (latitude N 31°14'24", map datum).</summary>
    public static byte[] JpegWithExif(int width, int height, ushort orientation)
    {
        var jpeg = Jpeg(width, height);
        var exif = ExifPayload(orientation);
        var segment = new byte[4 + exif.Length];
        segment[0] = 0xFF;
        segment[1] = 0xE1;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(exif.Length + 2));
        exif.CopyTo(segment, 4);
        return [.. jpeg.AsSpan(0, 2), .. segment, .. jpeg.AsSpan(2)];
    }

    /// <summary>The JPEG's marker segments up to the image data (SOS), as marker bytes (0xE1 is APP1).</summary>
    public static List<byte> Markers(byte[] jpeg)
    {
        var markers = new List<byte>();
        var i = 2;
        while (i + 4 <= jpeg.Length && jpeg[i] == 0xFF)
        {
            markers.Add(jpeg[i + 1]);
            if (jpeg[i + 1] == 0xDA)
            {
                break;
            }

            i += 2 + BinaryPrimitives.ReadUInt16BigEndian(jpeg.AsSpan(i + 2));
        }

        return markers;
    }

    public static bool Contains(byte[] data, string ascii) => data.AsSpan().IndexOf(Encoding.ASCII.GetBytes(ascii)) >= 0;

    /// <summary>Rewrites the frame size in a JPEG's SOF0 header (no checksum to fix), e.g. to claim far more pixels than it holds.</summary>
    public static byte[] WithClaimedSize(byte[] jpeg, ushort width, ushort height)
    {
        var copy = (byte[])jpeg.Clone();
        var i = 2;
        while (copy[i + 1] != 0xC0)
        {
            i += 2 + BinaryPrimitives.ReadUInt16BigEndian(copy.AsSpan(i + 2));
        }

        BinaryPrimitives.WriteUInt16BigEndian(copy.AsSpan(i + 5), height);
        BinaryPrimitives.WriteUInt16BigEndian(copy.AsSpan(i + 7), width);
        return copy;
    }

    private static byte[] Encode(int width, int height, SKEncodedImageFormat format, bool opaque)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, opaque ? SKAlphaType.Opaque : SKAlphaType.Unpremul));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(opaque ? SKColors.SteelBlue : SKColors.Transparent);
            using var paint = new SKPaint { Color = SKColors.OrangeRed };
            canvas.DrawRect(0, 0, width / 2f, height / 2f, paint);
        }

        using var data = bitmap.Encode(format, 90);
        return data.ToArray();
    }

    /// <summary>"Exif\0\0" and a big-endian TIFF: IFD0 (Orientation, GPS IFD pointer) and a GPS IFD (LatitudeRef, Latitude, MapDatum).</summary>
    private static byte[] ExifPayload(ushort orientation)
    {
        var tiff = new byte[140];
        var t = tiff.AsSpan();
        "MM"u8.CopyTo(t);
        BinaryPrimitives.WriteUInt16BigEndian(t[2..], 42);
        BinaryPrimitives.WriteUInt32BigEndian(t[4..], 8);
        BinaryPrimitives.WriteUInt16BigEndian(t[8..], 2);
        Entry(t[10..], 0x0112, 3, 1, (uint)orientation << 16);
        Entry(t[22..], 0x8825, 4, 1, 38);
        BinaryPrimitives.WriteUInt32BigEndian(t[34..], 0);
        BinaryPrimitives.WriteUInt16BigEndian(t[38..], 3);
        Entry(t[40..], 0x0001, 2, 2, (uint)'N' << 24);
        Entry(t[52..], 0x0002, 5, 3, 82);
        Entry(t[64..], 0x0012, 2, (uint)GpsMapDatum.Length + 1, 106);
        BinaryPrimitives.WriteUInt32BigEndian(t[76..], 0);
        uint[] rationals = [31, 1, 14, 1, 24, 1];
        for (var k = 0; k < rationals.Length; k++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(t[(82 + 4 * k)..], rationals[k]);
        }

        Encoding.ASCII.GetBytes(GpsMapDatum).CopyTo(t[106..]);
        return [.. "Exif\0\0"u8, .. tiff];
    }

    private static void Entry(Span<byte> at, ushort tag, ushort type, uint count, uint value)
    {
        BinaryPrimitives.WriteUInt16BigEndian(at, tag);
        BinaryPrimitives.WriteUInt16BigEndian(at[2..], type);
        BinaryPrimitives.WriteUInt32BigEndian(at[4..], count);
        BinaryPrimitives.WriteUInt32BigEndian(at[8..], value);
    }
}
