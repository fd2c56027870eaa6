namespace ParkShare.Web.Imaging;

/// <summary>The IDAT chunks of a PNG read back to back as one stream, without copying them.</summary>
public sealed class ChunkStream(IReadOnlyList<ReadOnlyMemory<byte>> chunks) : Stream
{
    private int _chunk;
    private int _offset;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        while (_chunk < chunks.Count && _offset == chunks[_chunk].Length)
        {
            (_chunk, _offset) = (_chunk + 1, 0);
        }

        if (_chunk == chunks.Count)
        {
            return 0;
        }

        var count = Math.Min(buffer.Length, chunks[_chunk].Length - _offset);
        chunks[_chunk].Span.Slice(_offset, count).CopyTo(buffer);
        _offset += count;
        return count;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
