using ParkShare.Web.Api;
using ParkShare.Web.Drivers;
using ParkShare.Web.Hosting;
using ParkShare.Web.Lots;
using ParkShare.Web.Lots.Exchange;
using ParkShare.Web.Lots.FloorPlans;
using ParkShare.Web.Lots.Markers;
using ParkShare.Web.Notices;
using ParkShare.Web.Occupancy;
using ParkShare.Web.Refinement;
using ParkShare.Web.Sharing.Bindings;
using ParkShare.Web.Sharing.Links;
using ParkShare.Web.Sharing.Push;
using ParkShare.Web.WeChat;
namespace ParkShare.Web.Parking;

/// <summary>
/// POST /api/mp/records: where the car is (any basic position kind), the long-stay details, and the
/// bound friends it is pushed to (friend driver ids; absent: every bound friend; empty: nobody).
/// </summary>
public sealed record CreateRecordRequest(string? LotId, PositionRequest? Position, string? Plate, string? Note, DateTimeOffset? ExpectedPickupAt, IReadOnlyList<string>? FriendIds = null);
