using Microsoft.Extensions.Options;
using ParkShare.Web.Imaging;
using ParkShare.Web.Lots.FloorPlans;
using ParkShare.Web.Parking;
using SkiaSharp;

namespace ParkShare.Tests.Web.Imaging;

/// <summary>Uploaded pictures are decoded within the pixel budget: sampled down row by row, never whole first.</summary>
public sealed class DecodeBudgetTests
{
    private static readonly IOptions<ImagingOptions> OneMegapixel = Options.Create(new ImagingOptions { MaxDecodePixels = 1_000_000 });

    [Fact]
    public void FloorPlan_PngOverTheDecodeBudget_SampledDownToTheBudgetKeepingItsColours()
    {
        var processor = new FloorPlanImageProcessor(Options.Create(new FloorPlanOptions()), OneMegapixel);

        var intake = processor.Process(HalfRedHalfBlue(2000, 2000, SKEncodedImageFormat.Png));

        Assert.Equal(FloorPlanImageError.None, intake.Error);
        Assert.Equal((1000, 1000), (intake.Image!.Width, intake.Image.Height));
        using var bitmap = SKBitmap.Decode(intake.Image.Bytes);
        Assert.Equal(SKColors.Red, bitmap.GetPixel(250, 500));
        Assert.Equal(SKColors.Blue, bitmap.GetPixel(750, 500));
        // The seam falls on a block boundary: no mixed column either side of it.
        Assert.Equal(SKColors.Red, bitmap.GetPixel(499, 10));
        Assert.Equal(SKColors.Blue, bitmap.GetPixel(500, 10));
    }

    [Fact]
    public void FloorPlan_JpegOverTheDecodeBudget_ScaledWhileDecodingWithinTheBudget()
    {
        var processor = new FloorPlanImageProcessor(Options.Create(new FloorPlanOptions()), OneMegapixel);

        var intake = processor.Process(HalfRedHalfBlue(3000, 2000, SKEncodedImageFormat.Jpeg));

        Assert.Equal(FloorPlanImageError.None, intake.Error);
        Assert.True((long)intake.Image!.Width * intake.Image.Height <= 1_000_000, $"{intake.Image.Width}x{intake.Image.Height}");
        Assert.Equal(1.5, (double)intake.Image.Width / intake.Image.Height, 2);
    }

    [Fact]
    public void Photo_InterlacedPngOverTheBudget_RefusedAsTooManyPixelsInsteadOfBufferedWhole()
    {
        var processor = new PhotoProcessor(OneMegapixel);

        Assert.Equal(PhotoError.TooManyPixels, processor.Process(InterlacedPng.Solid(1500, 1500, 200, 30, 30)).Error);
        var small = processor.Process(InterlacedPng.Solid(900, 600, 200, 30, 30));
        Assert.Equal(PhotoError.None, small.Error);
        Assert.Equal((900, 600), (small.Width, small.Height));
    }

    [Fact]
    public void Photo_CutShortPngOverTheBudget_RefusedAsNotAnImage()
    {
        var png = HalfRedHalfBlue(3000, 3000, SKEncodedImageFormat.Png);

        Assert.Equal(PhotoError.NotImage, new PhotoProcessor(OneMegapixel).Process(png[..(png.Length / 2)]).Error);
    }

    [Fact]
    public async Task ProcessAsync_MoreCallersThanSlots_AtMostMaxConcurrentDecodesRunAtOnce()
    {
        var options = Options.Create(new ImagingOptions { MaxConcurrentDecodes = 2 });
        using var gate = new ImageDecodeGate(options);
        var running = 0;
        var most = 0;
        // The first decode holds its slot until a second one runs beside it, so the test does not depend on how
        // soon a loaded thread pool starts the second; a third slot would show while the two still overlap.
        using var twoRunning = new ManualResetEventSlim();

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => gate.RunAsync(
            () =>
            {
                var now = Interlocked.Increment(ref running);
                InterlockedMax(ref most, now);
                if (now >= 2)
                {
                    twoRunning.Set();
                }

                twoRunning.Wait(TimeSpan.FromSeconds(30));
                Thread.Sleep(30);
                Interlocked.Decrement(ref running);
                return now;
            },
            () => 0,
            CancellationToken.None)));

        Assert.Equal(2, most);
    }

    internal static byte[] HalfRedHalfBlue(int width, int height, SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        using (var canvas = new SKCanvas(bitmap))
        using (var red = new SKPaint { Color = SKColors.Red })
        using (var blue = new SKPaint { Color = SKColors.Blue })
        {
            canvas.DrawRect(0, 0, width / 2f, height, red);
            canvas.DrawRect(width / 2f, 0, width / 2f, height, blue);
        }

        using var data = bitmap.Encode(format, 95);
        return data.ToArray();
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while (value > (seen = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
