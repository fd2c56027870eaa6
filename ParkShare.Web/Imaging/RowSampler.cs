using SkiaSharp;

namespace ParkShare.Web.Imaging;

/// <summary>Shrinks a picture read row by row by an integer factor k, averaging each k x k block: two rows in memory, never the whole.</summary>
public static class RowSampler
{
    /// <summary>The sampled bitmap (premultiplied RGBA), or null when the rows run out early.</summary>
    public static SKBitmap? Sample(IImageRows source, SKSizeI size, int sample)
    {
        var width = (size.Width + sample - 1) / sample;
        var height = (size.Height + sample - 1) / sample;
        var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var row = new byte[size.Width * 4];
        var sums = new int[width * 4];
        var target = bitmap.GetPixelSpan();
        for (var y = 0; y < height; y++)
        {
            var count = Math.Min(sample, size.Height - (y * sample));
            Array.Clear(sums);
            for (var r = 0; r < count; r++)
            {
                if (!source.TryRead(row))
                {
                    bitmap.Dispose();
                    return null;
                }

                for (var x = 0; x < row.Length; x++)
                {
                    sums[((x >> 2) / sample * 4) + (x & 3)] += row[x];
                }
            }

            var line = target.Slice(y * bitmap.RowBytes, width * 4);
            for (var x = 0; x < width; x++)
            {
                var cells = count * Math.Min(sample, size.Width - (x * sample));
                for (var c = 0; c < 4; c++)
                {
                    line[(x * 4) + c] = (byte)((sums[(x * 4) + c] + (cells / 2)) / cells);
                }
            }
        }

        return bitmap;
    }
}
