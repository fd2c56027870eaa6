using Microsoft.Extensions.Options;
using ParkShare.Web.Hosting;

namespace ParkShare.Web.Imaging;

/// <summary>
/// Photo uploads per driver per minute (<see cref="ImagingOptions.UploadsPerDriverPerMinute"/>, shared by the API
/// and the /m page), taken before the body is read: one driver cannot keep the decoders busy for everyone.
/// </summary>
public sealed class UploadLimits(IOptions<ImagingOptions> options, IOptions<ClusterOptions> cluster, TimeProvider clock)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly FixedWindowCounts<Guid> _uploads = new(ClusterOptions.PerNode(options.Value.UploadsPerDriverPerMinute, cluster.Value.Nodes), Window, clock);

    /// <summary>Takes one upload of the driver's minute; false when none is left.</summary>
    public bool TryTake(Guid driverId) => _uploads.TryTake(driverId);
}
