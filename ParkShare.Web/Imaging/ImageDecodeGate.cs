using Microsoft.Extensions.Options;

namespace ParkShare.Web.Imaging;

/// <summary>
/// At most <see cref="ImagingOptions.MaxConcurrentDecodes"/> picture decodes at once: with the pixel budget of each
/// decode this bounds the memory that uploads can take, however many arrive together.
/// </summary>
public sealed class ImageDecodeGate(IOptions<ImagingOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(options.Value.MaxConcurrentDecodes, options.Value.MaxConcurrentDecodes);

    /// <summary>Runs <paramref name="decode"/> on a free slot (off the request's thread), waiting for one first.</summary>
    public async Task<T> RunAsync<T>(Func<T> decode, CancellationToken cancellationToken)
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

    public void Dispose() => _slots.Dispose();
}
