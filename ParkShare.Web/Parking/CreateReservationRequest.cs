namespace ParkShare.Web.Parking;

/// <summary>POST /api/mp/reservations body; times are ISO 8601 with an offset.</summary>
public sealed record CreateReservationRequest(string? SpaceId, DateTimeOffset? StartsAt, DateTimeOffset? EndsAt);
