using SkiaSharp;
using ParkShare.Web.Parking;

namespace ParkShare.Tests.Web.Parking;

public sealed class PhotoProcessorTests
{
    private readonly PhotoProcessor _processor = new();

    [Fact]
    public void Process_Jpeg_ReturnsJpegOfTheSameSize()
    {
        var photo = _processor.Process(TestImages.Jpeg(640, 480));

        Assert.Equal(PhotoError.None, photo.Error);
        Assert.Equal((640, 480), Decoded(photo.Jpeg!));
        Assert.Equal((640, 480), (photo.Width, photo.Height));
    }

    [Fact]
    public void Process_PngWithAlpha_BecomesJpegOnWhite()
    {
        var photo = _processor.Process(TestImages.Png(100, 80, opaque: false));

        Assert.Equal(PhotoError.None, photo.Error);
        using var codec = SKCodec.Create(SKData.CreateCopy(photo.Jpeg!));
        Assert.Equal(SKEncodedImageFormat.Jpeg, codec.EncodedFormat);
        using var bitmap = SKBitmap.Decode(photo.Jpeg!);
        var transparentCorner = bitmap.GetPixel(90, 70);
        Assert.True(transparentCorner.Red > 245 && transparentCorner.Green > 245 && transparentCorner.Blue > 245, transparentCorner.ToString());
        var paintedCorner = bitmap.GetPixel(10, 10);
        Assert.True(paintedCorner.Red > 200 && paintedCorner.Blue < 60, paintedCorner.ToString());
    }

    [Fact]
    public void Process_ExifOrientation6_RotatesTheDimensionsAndDropsTheExif()
    {
        var upload = TestImages.JpegWithExif(300, 200, orientation: 6);
        using (var codec = SKCodec.Create(SKData.CreateCopy(upload)))
        {
            Assert.Equal(SKEncodedOrigin.RightTop, codec.EncodedOrigin);
        }

        var photo = _processor.Process(upload);

        Assert.Equal((200, 300), Decoded(photo.Jpeg!));
        Assert.DoesNotContain((byte)0xE1, TestImages.Markers(photo.Jpeg!));
        Assert.False(TestImages.Contains(photo.Jpeg!, TestImages.GpsMapDatum));
        // The painted quarter was top-left as stored; turned a quarter clockwise it is top-right.
        using var bitmap = SKBitmap.Decode(photo.Jpeg!);
        Assert.True(bitmap.GetPixel(180, 20).Red > 200, bitmap.GetPixel(180, 20).ToString());
        Assert.True(bitmap.GetPixel(20, 20).Red < 100, bitmap.GetPixel(20, 20).ToString());
    }

    [Theory]
    [InlineData(5000, 3000, 2048, 1229)]
    [InlineData(1000, 2600, 788, 2048)]
    public void Process_LargeImage_LongSideBecomes2048(int width, int height, int expectedWidth, int expectedHeight)
    {
        var photo = _processor.Process(TestImages.Png(width, height));

        Assert.Equal((expectedWidth, expectedHeight), Decoded(photo.Jpeg!));
    }

    [Fact]
    public void Process_HeaderClaimsOver40Megapixels_RejectedBeforeDecoding()
    {
        var bomb = TestImages.WithClaimedSize(TestImages.Jpeg(64, 64), width: 9000, height: 5000);

        Assert.Equal(PhotoError.TooManyPixels, _processor.Process(bomb).Error);
    }

    public static TheoryData<string, byte[]> NotImages() => new()
    {
        { "text", "hello, this is not a photo"u8.ToArray() },
        { "jpeg magic then garbage", [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3, 4, 5, 6, 7, 8] },
        { "png magic then garbage", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0] },
        { "truncated jpeg", Truncated(TestImages.Jpeg(400, 300)) },
        { "truncated png", Truncated(TestImages.Png(400, 300)) },
        { "gif", TestImages.Gif },
        { "webp", TestImages.Webp(32, 32) },
    };

    [Theory]
    [MemberData(nameof(NotImages))]
    public void Process_NotAJpegOrPng_NotImage(string what, byte[] upload)
    {
        Assert.True(_processor.Process(upload).Error == PhotoError.NotImage, what);
    }

    [Fact]
    public void Process_EmptyFile_Empty()
    {
        Assert.Equal(PhotoError.Empty, _processor.Process([]).Error);
    }

    private static byte[] Truncated(byte[] image) => image[..(image.Length * 2 / 3)];

    private static (int Width, int Height) Decoded(byte[] jpeg)
    {
        using var bitmap = SKBitmap.Decode(jpeg);
        return (bitmap.Width, bitmap.Height);
    }
}
