namespace ParkShare.Web.Refinement;

/// <summary>
/// A basic position on the wire: kind is spaceCode (code), marker (code), mapPoint (levelId, x, y)
/// or gps (lat, lng, accuracy?, levelHint?).
/// </summary>
public sealed record PositionRequest(
    string? Kind,
    string? Code = null,
    string? LevelId = null,
    double? X = null,
    double? Y = null,
    double? Lat = null,
    double? Lng = null,
    double? Accuracy = null,
    string? LevelHint = null,
    string? ReservationId = null);
