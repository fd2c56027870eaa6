using BenchmarkDotNet.Attributes;
using ParkShare.Web.Sharing.Links;

namespace ParkShare.Bench;

/// <summary>
/// QR code of a share link (22-character base64url token), as served at /s/{token}/qr.png and
/// qr.svg, at the default 512 px: encoding plus PNG (or SVG) output, the whole per-request cost.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(warmupCount: 3, iterationCount: 10)]
public class ShareQrBenchmarks
{
    private const string Url = "https://parkshare.example.com/s/q-7_Zx0aB-c_D1eF2gH3iJ";

    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private readonly ShareQrCodes _qr = new();

    [GlobalSetup]
    public void Setup()
    {
        if (!_qr.RenderPng(Url).AsSpan().StartsWith(PngMagic) || !_qr.RenderSvg(Url).Contains("<path", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The QR code renderers do not produce a PNG and an SVG.");
        }
    }

    [Benchmark(Baseline = true)]
    public byte[] Png() => _qr.RenderPng(Url);

    [Benchmark]
    public string Svg() => _qr.RenderSvg(Url);
}
