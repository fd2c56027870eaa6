namespace ParkShare.Web.Parking;

public sealed record ReservationDto(
    string Id,
    string LotId,
    string SpaceId,
    string? SpaceCode,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    DateTimeOffset HoldUntil,
    string State,
    string? CancelReason);
