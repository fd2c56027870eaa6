namespace ParkShare.Core.Parking;

/// <summary>Remembers a driver's Idempotency-Key so a replayed create answers with the first result.</summary>
public sealed class IdempotencyRecord
{
    private IdempotencyRecord()
    {
        Key = RequestHash = string.Empty;
    }

    public Guid DriverId { get; private set; }

    public string Key { get; private set; }

    /// <summary>SHA-256 of the request; the same key with another request is refused.</summary>
    public string RequestHash { get; private set; }

    public Guid ResourceId { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public static IdempotencyRecord For(Guid driverId, string key, string requestHash, Guid resourceId, DateTime nowUtc) =>
        new() { DriverId = driverId, Key = key, RequestHash = requestHash, ResourceId = resourceId, CreatedAtUtc = nowUtc };
}
