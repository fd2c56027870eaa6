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
using ParkShare.Web.Refinement;
using ParkShare.Web.Sharing.Links;
using ParkShare.Web.Sharing.Push;
using ParkShare.Web.WeChat;
namespace ParkShare.Web.Sharing.Bindings;

/// <summary>
/// An active binding seen by one side: role "friend" (the other person is my friend: I share my car
/// with them) or "driver" (the other person shares their car with me).
/// </summary>
public sealed record BindingDto(string Id, string Role, string OtherDriverId, DateTimeOffset CreatedAt, bool AlreadyBound = false);
