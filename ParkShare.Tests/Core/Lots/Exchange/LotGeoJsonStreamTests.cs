using ParkShare.Core.Lots.Exchange;

namespace ParkShare.Tests.Core.Lots.Exchange;

public sealed class LotGeoJsonStreamTests
{
    [Fact]
    public async Task ReadAsync_200MegabyteStream_TooLargeAfterReadingLittleMoreThanTheLimit()
    {
        var stream = new EndlessStream();

        var result = await LotGeoJsonReader.ReadAsync(stream);

        Assert.Null(result.Document);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((-1, LotGeoJsonReader.TooLarge, "20"), (problem.Index, problem.Code, problem.Detail));
        Assert.InRange(stream.Position, LotGeoJson.MaxBytes, LotGeoJson.MaxBytes + (128 * 1024));
    }

    [Fact]
    public async Task ReadAsync_DemoFile_SameDocumentAsFromMemory()
    {
        using var stream = new MemoryStream(GeoJsonFiles.Demo);

        var result = await LotGeoJsonReader.ReadAsync(stream);

        Assert.Empty(result.Problems);
        Assert.Equal(LotGeoJsonReader.Read(GeoJsonFiles.Demo).Document!.Lot.Levels.Sum(l => l.Spaces.Count), result.Document!.Lot.Levels.Sum(l => l.Spaces.Count));
    }

    /// <summary>200 MB of spaces, made up as they are read; Position counts what was read.</summary>
    private sealed class EndlessStream : Stream
    {
        private const long Length200Mb = 200L * 1024 * 1024;
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => Length200Mb;

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, Length200Mb - _position);
            Array.Fill(buffer, (byte)' ', offset, n);
            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
