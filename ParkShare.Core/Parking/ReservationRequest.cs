namespace ParkShare.Core.Parking;

/// <summary>What a driver asks for; IdempotencyKey makes a retried create safe.</summary>
public sealed record ReservationRequest(Guid DriverId, Guid SpaceId, DateTime StartsAtUtc, DateTime EndsAtUtc, string? IdempotencyKey);
