using Microsoft.Extensions.Options;

namespace ParkShare.Web.Imaging;

/// <summary>
/// At most <see cref="ImagingOptions.MaxConcurrentDecodes"/> picture decodes at once: with the pixel budget of each
/// decode this bounds the memory that uploads can take, however many arrive together. At most
/// <see cref="ImagingOptions.MaxQueuedDecodes"/> more wait for a slot, each holding its upload; past that an upload
/// is refused at once (<see cref="RetryAfter"/>), so a crowd of uploads cannot pile up bodies and requests.
/// </summary>
public sealed class ImageDecodeGate(IOptions<ImagingOptions> options) : IDisposable
{
    /// <summary>What a refused upload is told to wait before it tries again.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(10);

    private readonly SemaphoreSlim _slots = new(options.Value.MaxConcurrentDecodes, options.Value.MaxConcurrentDecodes);
    private readonly int _admits = options.Value.MaxConcurrentDecodes + options.Value.MaxQueuedDecodes;
    private int _admitted;

    /// <summary>
    /// Whether an upload would be taken now; asked before its body is read, so a full queue costs no read.
    /// (The place itself is taken by <see cref="RunAsync{T}"/>, after the body: a slow sender holds none.)
    /// </summary>
    public bool HasRoom => Volatile.Read(ref _admitted) < _admits;

    /// <summary>
    /// Runs <paramref name="decode"/> on a free slot (off the request's thread), waiting for one first; answers
    /// <paramref name="busy"/> at once when the decoders and the queue are full.
    /// </summary>
    public async Task<T> RunAsync<T>(Func<T> decode, Func<T> busy, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref _admitted) > _admits)
        {
            Interlocked.Decrement(ref _admitted);
            return busy();
        }

        try
        {
            await _slots.WaitAsync(cancellationToken);
            try
            {
                return await Task.Run(decode, cancellationToken);
            }
            finally
            {
                _slots.Release();
            }
        }
        finally
        {
            Interlocked.Decrement(ref _admitted);
        }
    }

    public void Dispose() => _slots.Dispose();
}
