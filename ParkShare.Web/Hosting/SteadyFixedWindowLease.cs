using System.Threading.RateLimiting;

namespace ParkShare.Web.Hosting;

/// <summary>A lease of <see cref="SteadyFixedWindowLimiter"/>: granted, or refused with the time until its window ends.</summary>
public sealed class SteadyFixedWindowLease : RateLimitLease
{
    private readonly TimeSpan? _retryAfter;

    private SteadyFixedWindowLease(bool acquired, TimeSpan? retryAfter) => (IsAcquired, _retryAfter) = (acquired, retryAfter);

    public static SteadyFixedWindowLease Granted { get; } = new(true, null);

    public override bool IsAcquired { get; }

    public override IEnumerable<string> MetadataNames => _retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

    public static SteadyFixedWindowLease Refused(TimeSpan retryAfter) => new(false, retryAfter < TimeSpan.Zero ? TimeSpan.Zero : retryAfter);

    public override bool TryGetMetadata(string metadataName, out object? metadata)
    {
        metadata = metadataName == MetadataName.RetryAfter.Name ? _retryAfter : null;
        return metadata is not null;
    }
}
