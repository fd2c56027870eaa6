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
using ParkShare.Web.Sharing.Bindings;
using ParkShare.Web.Sharing.Push;
using ParkShare.Web.WeChat;
namespace ParkShare.Web.Sharing.Links;

/// <summary>POST /api/mp/shares: which record, for how long (hours, default Sharing:DefaultLifetime), an optional PIN and view limit, and what the friend sees.</summary>
public sealed record CreateShareRequest(string? RecordId, double? LifetimeHours = null, string? Pin = null, int? MaxViews = null, bool? ShowPlate = null, bool? ShowPhoto = null);
