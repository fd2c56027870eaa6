namespace ParkShare.Web.Api;

/// <summary>POST /api/mp/records: where the car is (any basic position kind) and the long-stay details.</summary>
public sealed record CreateRecordRequest(string? LotId, PositionRequest? Position, string? Plate, string? Note, DateTimeOffset? ExpectedPickupAt);
