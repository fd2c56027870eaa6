using ParkShare.Web.Refinement;

namespace ParkShare.Web.Parking;

/// <summary>
/// POST /api/mp/records: where the car is (any basic position kind), the long-stay details, and the
/// bound friends it is pushed to (friend driver ids; absent: every bound friend; empty: nobody).
/// </summary>
public sealed record CreateRecordRequest(string? LotId, PositionRequest? Position, string? Plate, string? Note, DateTimeOffset? ExpectedPickupAt, IReadOnlyList<string>? FriendIds = null);
