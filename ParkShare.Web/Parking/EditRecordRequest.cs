namespace ParkShare.Web.Parking;

/// <summary>
/// PATCH /api/mp/records/{id} (JSON merge patch): a field that is absent stays as it is, a field set
/// to null is cleared. Plate at most 16 characters, note at most 500, expected pickup within the coming year.
/// </summary>
public sealed record EditRecordRequest(string? Plate, string? Note, DateTimeOffset? ExpectedPickupAt);
