using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using ParkShare.Web.Hosting;

namespace ParkShare.Web.Imaging;

/// <summary>
/// Photo uploads per driver per minute (<see cref="ImagingOptions.UploadsPerDriverPerMinute"/>, shared by the API
/// and the /m page), taken before the body is read: one driver cannot keep the decoders busy for everyone.
/// </summary>
public sealed class UploadLimits : IDisposable
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly PartitionedRateLimiter<Guid> _uploads;

    public UploadLimits(IOptions<ImagingOptions> options, IOptions<ClusterOptions> cluster)
    {
        var perMinute = ClusterOptions.PerNode(options.Value.UploadsPerDriverPerMinute, cluster.Value.Nodes);
        _uploads = PartitionedRateLimiter.Create<Guid, Guid>(driver => perMinute == 0
            ? RateLimitPartition.GetNoLimiter(driver)
            : RateLimitPartition.GetFixedWindowLimiter(driver, _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = Window, QueueLimit = 0 }));
    }

    /// <summary>Takes one upload of the driver's minute; false when none is left.</summary>
    public bool TryTake(Guid driverId)
    {
        using var lease = _uploads.AttemptAcquire(driverId);
        return lease.IsAcquired;
    }

    public void Dispose() => _uploads.Dispose();
}
