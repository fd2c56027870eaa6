using ParkShare.Web.Api;
using ParkShare.Web.Drivers;
using ParkShare.Web.Hosting;
using ParkShare.Web.Lots;
using ParkShare.Web.Lots.Exchange;
using ParkShare.Web.Lots.FloorPlans;
using ParkShare.Web.Lots.Markers;
using ParkShare.Web.Notices;
using ParkShare.Web.Occupancy;
using ParkShare.Web.Parking;
using ParkShare.Web.Sharing.Bindings;
using ParkShare.Web.Sharing.Links;
using ParkShare.Web.Sharing.Push;
using ParkShare.Web.WeChat;
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
