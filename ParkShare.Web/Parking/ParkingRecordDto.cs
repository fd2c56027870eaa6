using ParkShare.Web.Refinement;

namespace ParkShare.Web.Parking;

/// <summary>A parking record with its detailed position, recomputed on the lot's current map.</summary>
public sealed record ParkingRecordDto(
    string Id,
    string LotId,
    string State,
    DetailedPositionDto? Position,
    string SpaceCode,
    string LevelName,
    string? ZoneCode,
    DateTimeOffset ParkedAt,
    DateTimeOffset? EndedAt,
    string? Plate,
    string? Note,
    DateTimeOffset? ExpectedPickupAt,
    string? ReservationId,
    string? PhotoUrl);
