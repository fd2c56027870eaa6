namespace ParkShare.Tests.Support;

/// <summary>A body sent without Content-Length (chunked), so only reading it shows how large it is.</summary>
public sealed class ChunkedContent(byte[] data) : HttpContent
{
    protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) => stream.WriteAsync(data).AsTask();

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
