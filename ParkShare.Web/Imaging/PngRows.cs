using System.Buffers.Binary;
using System.IO.Compression;

namespace ParkShare.Web.Imaging;

/// <summary>
/// A non-interlaced PNG read row by row (inflate, unfilter, expand to premultiplied RGBA): every colour type and
/// bit depth of the format, transparency from tRNS, no colour management (as Skia decodes without a target colour
/// space). Holds two rows of the picture, so a large upload is never decoded whole. Damaged data throws
/// <see cref="InvalidDataException"/> or makes <see cref="TryRead"/> false.
/// </summary>
public sealed class PngRows : IImageRows
{
    private readonly int _width;
    private readonly int _depth;
    private readonly int _colorType;
    private readonly int _stride;
    private readonly int _bytesPerPixel;
    private readonly byte[] _palette = new byte[256 * 4];
    private readonly int[]? _key;
    private readonly Stream _inflated;
    private byte[] _previous;
    private byte[] _current;

    public PngRows(byte[] png)
    {
        var idat = new List<ReadOnlyMemory<byte>>();
        var at = 8;
        while (at + 12 <= png.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            if (length < 0 || at + 12L + length > png.Length)
            {
                throw new InvalidDataException("PNG chunk runs past the end.");
            }

            var type = png.AsSpan(at + 4, 4);
            var data = png.AsMemory(at + 8, length);
            if (type.SequenceEqual("IHDR"u8))
            {
                _width = BinaryPrimitives.ReadInt32BigEndian(data.Span);
                _depth = data.Span[8];
                _colorType = data.Span[9];
            }
            else if (type.SequenceEqual("PLTE"u8))
            {
                for (var i = 0; i < Math.Min(256, length / 3); i++)
                {
                    data.Span.Slice(i * 3, 3).CopyTo(_palette.AsSpan(i * 4));
                    _palette[(i * 4) + 3] = 255;
                }
            }
            else if (type.SequenceEqual("tRNS"u8))
            {
                _key = Transparency(data.Span);
            }
            else if (type.SequenceEqual("IDAT"u8))
            {
                idat.Add(data);
            }

            at += 12 + length;
        }

        var channels = _colorType switch { 0 => 1, 2 => 3, 3 => 1, 4 => 2, 6 => 4, _ => throw new InvalidDataException("PNG colour type.") };
        var bits = channels * _depth;
        _stride = (int)(((long)_width * bits + 7) / 8);
        _bytesPerPixel = Math.Max(1, bits / 8);
        _previous = new byte[_stride];
        _current = new byte[_stride];
        _inflated = new ZLibStream(new ChunkStream(idat), CompressionMode.Decompress);
    }

    public bool TryRead(Span<byte> row)
    {
        try
        {
            var filter = _inflated.ReadByte();
            _inflated.ReadExactly(_current);
            Unfilter(filter);
        }
        catch (EndOfStreamException)
        {
            return false;
        }

        Expand(row);
        (_previous, _current) = (_current, _previous);
        return true;
    }

    public void Dispose() => _inflated.Dispose();

    private int[]? Transparency(ReadOnlySpan<byte> data)
    {
        if (_colorType == 3)
        {
            for (var i = 0; i < Math.Min(256, data.Length); i++)
            {
                _palette[(i * 4) + 3] = data[i];
            }

            return null;
        }

        return _colorType switch
        {
            0 when data.Length >= 2 => [BinaryPrimitives.ReadUInt16BigEndian(data)],
            2 when data.Length >= 6 => [BinaryPrimitives.ReadUInt16BigEndian(data), BinaryPrimitives.ReadUInt16BigEndian(data[2..]), BinaryPrimitives.ReadUInt16BigEndian(data[4..])],
            _ => null,
        };
    }

    private void Unfilter(int filter)
    {
        var bpp = _bytesPerPixel;
        for (var i = 0; i < _stride; i++)
        {
            int left = i >= bpp ? _current[i - bpp] : 0, up = _previous[i], upLeft = i >= bpp ? _previous[i - bpp] : 0;
            _current[i] = (byte)(_current[i] + filter switch
            {
                0 => 0,
                1 => left,
                2 => up,
                3 => (left + up) / 2,
                4 => Paeth(left, up, upLeft),
                _ => throw new InvalidDataException("PNG filter type."),
            });
        }
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private void Expand(Span<byte> row)
    {
        for (var x = 0; x < _width; x++)
        {
            int r, g, b, a = 255;
            switch (_colorType)
            {
                case 0:
                    var gray = Sample(x, 0, 1);
                    r = g = b = Eight(gray);
                    a = _key is [var k] && gray == k ? 0 : 255;
                    break;
                case 2:
                    int sr = Sample(x, 0, 3), sg = Sample(x, 1, 3), sb = Sample(x, 2, 3);
                    (r, g, b) = (Eight(sr), Eight(sg), Eight(sb));
                    a = _key is [var kr, var kg, var kb] && sr == kr && sg == kg && sb == kb ? 0 : 255;
                    break;
                case 3:
                    var index = Sample(x, 0, 1) * 4;
                    (r, g, b, a) = (_palette[index], _palette[index + 1], _palette[index + 2], _palette[index + 3]);
                    break;
                case 4:
                    r = g = b = Eight(Sample(x, 0, 2));
                    a = Eight(Sample(x, 1, 2));
                    break;
                default:
                    (r, g, b, a) = (Eight(Sample(x, 0, 4)), Eight(Sample(x, 1, 4)), Eight(Sample(x, 2, 4)), Eight(Sample(x, 3, 4)));
                    break;
            }

            var pixel = row.Slice(x * 4, 4);
            pixel[0] = (byte)(((r * a) + 127) / 255);
            pixel[1] = (byte)(((g * a) + 127) / 255);
            pixel[2] = (byte)(((b * a) + 127) / 255);
            pixel[3] = (byte)a;
        }
    }

    /// <summary>Channel <paramref name="channel"/> of pixel <paramref name="x"/> at the PNG's own bit depth.</summary>
    private int Sample(int x, int channel, int channels)
    {
        var index = (x * channels) + channel;
        return _depth switch
        {
            16 => BinaryPrimitives.ReadUInt16BigEndian(_current.AsSpan(index * 2)),
            8 => _current[index],
            _ => (_current[index * _depth / 8] >> (8 - _depth - (index * _depth % 8))) & ((1 << _depth) - 1),
        };
    }

    private int Eight(int value) => _depth switch
    {
        16 => value >> 8,
        8 => value,
        _ when _colorType == 3 => value,
        _ => value * 255 / ((1 << _depth) - 1),
    };
}
