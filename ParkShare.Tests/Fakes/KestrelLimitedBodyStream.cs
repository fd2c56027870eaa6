using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace ParkShare.Tests.Fakes;

/// <summary>
/// The request body as Kestrel hands it out, which the test server does not: a size limit that
/// endpoint metadata may change until the first read, and a BadHttpRequestException (413) once
/// more than that has been read.
/// </summary>
public sealed class KestrelLimitedBodyStream(Stream inner) : Stream, IHttpMaxRequestBodySizeFeature
{
    private long _read;

    public bool IsReadOnly => _read > 0;

    public long? MaxRequestBodySize { get; set; } = 30_000_000;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _read; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count).GetAwaiter().GetResult();

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken);
        _read += read;
        if (_read > MaxRequestBodySize)
        {
            throw new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge);
        }

        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
