using System.Collections;
using System.Globalization;
using System.Text;
using QRCoder;

namespace ParkShare.Web.Sharing.Links;

/// <summary>
/// QR codes of share links, as PNG (QRCoder's own 1-bit encoder, no System.Drawing) and as a compact
/// standalone SVG (one path of horizontal runs). Payload is the URL's UTF-8 bytes, error correction
/// M (15%: survives a smudged or creased print without growing the code much), 4-module quiet zone.
/// </summary>
public sealed class ShareQrCodes
{
    public const int MinSize = 128;
    public const int MaxSize = 2048;
    public const int DefaultSize = 512;

    /// <summary>Long enough for any share URL; keeps codes small enough to scan from a phone screen.</summary>
    public const int MaxUrlLength = 1024;

    public static bool IsValidSize(int size) => size is >= MinSize and <= MaxSize;

    /// <summary>
    /// A PNG of the code at most <paramref name="size"/> pixels wide: whole pixels per module (so
    /// edges stay sharp), hence slightly smaller than asked for when the module count does not divide it.
    /// </summary>
    public byte[] RenderPng(string url, int size = DefaultSize)
    {
        CheckSize(size);
        using var data = Encode(url);
        var modules = data.ModuleMatrix.Count;
        using var png = new PngByteQRCode(data);
        return png.GetGraphic(Math.Max(1, size / modules), drawQuietZones: true);
    }

    /// <summary>A standalone SVG document <paramref name="size"/> pixels square (it scales losslessly).</summary>
    public string RenderSvg(string url, int size = DefaultSize)
    {
        CheckSize(size);
        using var data = Encode(url);
        var matrix = data.ModuleMatrix;
        var n = matrix.Count;
        var svg = new StringBuilder(64 + n * n);
        svg.Append(CultureInfo.InvariantCulture,
            $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{size}\" height=\"{size}\" viewBox=\"0 0 {n} {n}\" shape-rendering=\"crispEdges\">");
        svg.Append(CultureInfo.InvariantCulture, $"<rect width=\"{n}\" height=\"{n}\" fill=\"#fff\"/><path fill=\"#000\" d=\"");
        for (var y = 0; y < n; y++)
        {
            var row = matrix[y];
            for (var x = 0; x < n; x++)
            {
                if (!row[x])
                {
                    continue;
                }

                var start = x;
                while (x + 1 < n && row[x + 1])
                {
                    x++;
                }

                var run = x - start + 1;
                svg.Append(CultureInfo.InvariantCulture, $"M{start} {y}h{run}v1h-{run}z");
            }
        }

        return svg.Append("\"/></svg>").ToString();
    }

    /// <summary>The module matrix, quiet zone included (true = dark), for drawing the code elsewhere.</summary>
    internal IReadOnlyList<BitArray> Modules(string url)
    {
        using var data = Encode(url);
        return data.ModuleMatrix.Select(row => new BitArray(row)).ToArray();
    }

    private static QRCodeData Encode(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (url.Length > MaxUrlLength
            || !Uri.TryCreate(url, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException($"An absolute http(s) URL of at most {MaxUrlLength} characters is required.", nameof(url));
        }

        return QRCodeGenerator.GenerateQrCode(url, QRCodeGenerator.ECCLevel.M, forceUtf8: true);
    }

    private static void CheckSize(int size)
    {
        if (!IsValidSize(size))
        {
            throw new ArgumentOutOfRangeException(nameof(size), size, $"Between {MinSize} and {MaxSize} pixels.");
        }
    }
}
