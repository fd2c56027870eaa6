namespace ParkShare.Core.Occupancy;

/// <summary>
/// What the lot's own sensors or plate cameras last said about one space: occupied or free, as
/// observed at a time. Only a newer observation replaces it, so late or repeated deliveries change nothing.
/// </summary>
public sealed class SensorOccupancy
{
    public const int MaxSourceLength = 64;

    private SensorOccupancy()
    {
    }

    /// <summary>The space; one row per space.</summary>
    public Guid SpaceId { get; private set; }

    public Guid LotId { get; private set; }

    public bool Occupied { get; private set; }

    public DateTime ObservedAtUtc { get; private set; }

    /// <summary>The API key that delivered the observation.</summary>
    public Guid SourceKeyId { get; private set; }

    /// <summary>The feed's own name for the device, e.g. "cam-3".</summary>
    public string? SourceLabel { get; private set; }

    public DateTime ReceivedAtUtc { get; private set; }

    public static SensorOccupancy First(Guid lotId, Guid spaceId) => new() { LotId = lotId, SpaceId = spaceId, ObservedAtUtc = DateTime.MinValue };

    /// <summary>Takes the observation when it is newer than the one held; returns whether it did.</summary>
    public bool Observe(bool occupied, DateTime observedAtUtc, Guid keyId, string? source, DateTime nowUtc)
    {
        if (observedAtUtc <= ObservedAtUtc)
        {
            return false;
        }

        Occupied = occupied;
        ObservedAtUtc = observedAtUtc;
        SourceKeyId = keyId;
        SourceLabel = source;
        ReceivedAtUtc = nowUtc;
        return true;
    }

    /// <summary>An occupied report counts only while it is younger than the TTL (a dead sensor must not hold a space forever).</summary>
    public bool IsOccupiedAt(DateTime nowUtc, TimeSpan ttl) => Occupied && ObservedAtUtc > nowUtc - ttl;
}
