using System.Text.Json.Serialization;

using ParkShare.Web.Api;
using ParkShare.Web.Drivers;
using ParkShare.Web.Hosting;
using ParkShare.Web.Lots.Exchange;
using ParkShare.Web.Lots.FloorPlans;
using ParkShare.Web.Lots.Markers;
using ParkShare.Web.Notices;
using ParkShare.Web.Occupancy;
using ParkShare.Web.Parking;
using ParkShare.Web.Refinement;
using ParkShare.Web.Sharing.Bindings;
using ParkShare.Web.Sharing.Links;
using ParkShare.Web.Sharing.Push;
using ParkShare.Web.WeChat;
namespace ParkShare.Web.Lots;

/// <summary>A lot in the list; distanceMeters (great-circle, to the lot's origin) only when the list is sorted by distance.</summary>
public sealed record LotSummaryDto(
    string Id,
    string Name,
    string Address,
    IReadOnlyList<LevelSummaryDto> Levels,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? DistanceMeters = null);
