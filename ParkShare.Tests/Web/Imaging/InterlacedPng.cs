using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace ParkShare.Tests.Web.Imaging;

/// <summary>A solid-colour Adam7-interlaced PNG, written by hand (Skia's encoder writes no interlaced PNGs).</summary>
public static class InterlacedPng
{
    private static readonly (int X, int Y, int StepX, int StepY)[] Passes =
        [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)];

    public static byte[] Solid(int width, int height, byte red, byte green, byte blue)
    {
        var raw = new MemoryStream();
        foreach (var (x, y, stepX, stepY) in Passes)
        {
            var passWidth = (width - x + stepX - 1) / stepX;
            var passHeight = (height - y + stepY - 1) / stepY;
            if (passWidth <= 0 || passHeight <= 0)
            {
                continue;
            }

            for (var row = 0; row < passHeight; row++)
            {
                raw.WriteByte(0);
                for (var column = 0; column < passWidth; column++)
                {
                    raw.Write([red, green, blue]);
                }
            }
        }

        var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            raw.Position = 0;
            raw.CopyTo(zlib);
        }

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 2; // RGB
        header[12] = 1; // Adam7
        var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        byte[] typed = [.. Encoding.ASCII.GetBytes(type), .. data];
        png.Write(typed);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        png.Write(crc);
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return crc ^ 0xFFFFFFFFu;
    }
}
