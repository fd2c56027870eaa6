using System.Buffers.Binary;
using System.Text;
using Microsoft.Extensions.Options;
using ParkShare.Core.Lots.FloorPlans;
using ParkShare.Tests.Web.Parking;
using ParkShare.Web.Lots.FloorPlans;
using SkiaSharp;

namespace ParkShare.Tests.Web.Lots.FloorPlans;

public sealed class FloorPlanImageProcessorTests
{
    private readonly FloorPlanImageProcessor _processor = new(Options.Create(new FloorPlanOptions()));

    [Fact]
    public void Process_Png_StaysLosslessPngOfTheSameSize()
    {
        var intake = _processor.Process(TestImages.Png(640, 480, opaque: false));

        Assert.Equal(FloorPlanImageError.None, intake.Error);
        var image = intake.Image!;
        Assert.Equal((FloorPlanImage.Png, 640, 480), (image.ContentType, image.Width, image.Height));
        using var codec = SKCodec.Create(SKData.CreateCopy(image.Bytes));
        Assert.Equal(SKEncodedImageFormat.Png, codec.EncodedFormat);
        using var bitmap = SKBitmap.Decode(image.Bytes);
        Assert.Equal(0, bitmap.GetPixel(600, 400).Alpha);
        Assert.Equal(SKColors.OrangeRed, bitmap.GetPixel(10, 10));
    }

    [Fact]
    public void Process_JpegWithExif_ReencodedUprightWithoutMetadata()
    {
        var intake = _processor.Process(TestImages.JpegWithExif(300, 200, orientation: 6));

        var image = intake.Image!;
        Assert.Equal((FloorPlanImage.Jpeg, 200, 300), (image.ContentType, image.Width, image.Height));
        Assert.DoesNotContain((byte)0xE1, TestImages.Markers(image.Bytes));
        Assert.False(TestImages.Contains(image.Bytes, TestImages.GpsMapDatum));
        using var bitmap = SKBitmap.Decode(image.Bytes);
        Assert.Equal((200, 300), (bitmap.Width, bitmap.Height));

        // The painted quarter was top-left as stored; turned a quarter clockwise it is top-right.
        Assert.True(bitmap.GetPixel(180, 20).Red > 200, bitmap.GetPixel(180, 20).ToString());
    }

    [Fact]
    public void Process_TextFile_NotImage() =>
        Assert.Equal(FloorPlanImageError.NotImage, _processor.Process(Encoding.UTF8.GetBytes("B2 level plan, see attachment")).Error);

    [Fact]
    public void Process_Gif_NotImage() =>
        Assert.Equal(FloorPlanImageError.NotImage, _processor.Process(TestImages.Gif).Error);

    [Fact]
    public void Process_Empty_Refused() =>
        Assert.Equal(FloorPlanImageError.Empty, _processor.Process([]).Error);

    [Fact]
    public void Process_TruncatedPng_NotImage()
    {
        var png = TestImages.Png(400, 300);

        var intake = _processor.Process(png[..(png.Length / 2)]);

        Assert.Equal(FloorPlanImageError.NotImage, intake.Error);
    }

    [Fact]
    public void Process_MoreBytesThanTheLimit_TooLargeBeforeDecoding()
    {
        var processor = new FloorPlanImageProcessor(Options.Create(new FloorPlanOptions { MaxBytes = 2048 }));
        var upload = new byte[2049];
        TestImages.Png(10, 10).CopyTo(upload, 0);

        Assert.Equal(FloorPlanImageError.TooLarge, processor.Process(upload).Error);
    }

    [Fact]
    public void Process_OverTheConfiguredPixelSize_TooManyPixels()
    {
        var processor = new FloorPlanImageProcessor(Options.Create(new FloorPlanOptions { MaxWidth = 500, MaxHeight = 500 }));

        Assert.Equal(FloorPlanImageError.TooManyPixels, processor.Process(TestImages.Png(501, 20)).Error);
        Assert.Equal(FloorPlanImageError.None, processor.Process(TestImages.Png(500, 500)).Error);
    }

    [Fact]
    public void Process_PngHeaderClaimingHugeSize_RefusedFromTheHeader()
    {
        // A tiny file whose IHDR claims 60000 × 60000 px (14 GB of pixels): refused before any pixel is decoded.
        var bomb = PngWithClaimedSize(TestImages.Png(8, 8), 60_000, 60_000);

        Assert.Equal(FloorPlanImageError.TooManyPixels, _processor.Process(bomb).Error);
    }

    [Fact]
    public void Process_JpegHeaderClaimingHugeSize_RefusedFromTheHeader()
    {
        var bomb = TestImages.WithClaimedSize(TestImages.Jpeg(64, 64), 9000, 9000);

        Assert.Equal(FloorPlanImageError.TooManyPixels, _processor.Process(bomb).Error);
    }

    /// <summary>Rewrites the width and height in a PNG's IHDR chunk and its CRC, so decoders take the claim at face value.</summary>
    private static byte[] PngWithClaimedSize(byte[] png, int width, int height)
    {
        var copy = (byte[])png.Clone();
        const int ihdrType = 12;
        BinaryPrimitives.WriteInt32BigEndian(copy.AsSpan(ihdrType + 4), width);
        BinaryPrimitives.WriteInt32BigEndian(copy.AsSpan(ihdrType + 8), height);
        BinaryPrimitives.WriteUInt32BigEndian(copy.AsSpan(ihdrType + 4 + 13), Crc32(copy.AsSpan(ihdrType, 4 + 13)));
        return copy;
    }

    private static uint Crc32(ReadOnlySpan<byte> data)
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

        return ~crc;
    }
}
