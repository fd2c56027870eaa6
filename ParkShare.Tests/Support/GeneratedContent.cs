using System.Net;

namespace ParkShare.Tests.Support;

/// <summary>
/// A body of <paramref name="size"/> bytes made up while it is sent (never held in memory), announced with a
/// Content-Length or chunked; <see cref="Sent"/> says how much of it the server actually took.
/// </summary>
public sealed class GeneratedContent(long size, bool announceLength) : HttpContent
{
    private long _sent;

    public long Sent => Interlocked.Read(ref _sent);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        var chunk = new byte[64 * 1024];
        Array.Fill(chunk, (byte)' ');
        while (Sent < size)
        {
            var count = (int)Math.Min(chunk.Length, size - Sent);
            await stream.WriteAsync(chunk.AsMemory(0, count));
            Interlocked.Add(ref _sent, count);
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = size;
        return announceLength;
    }
}
