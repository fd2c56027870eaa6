using ParkShare.Web.Refinement;

using ParkShare.Web.Api;
using ParkShare.Web.Drivers;
using ParkShare.Web.Hosting;
using ParkShare.Web.Lots;
using ParkShare.Web.Lots.Exchange;
using ParkShare.Web.Lots.FloorPlans;
using ParkShare.Web.Lots.Markers;
using ParkShare.Web.Notices;
using ParkShare.Web.Occupancy;
using ParkShare.Web.Sharing.Bindings;
using ParkShare.Web.Sharing.Links;
using ParkShare.Web.Sharing.Push;
using ParkShare.Web.WeChat;
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
