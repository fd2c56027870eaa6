using ParkShare.Web.Api;
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
using ParkShare.Web.Sharing.Links;
using ParkShare.Web.Sharing.Push;
using ParkShare.Web.WeChat;
namespace ParkShare.Web.Drivers;

/// <summary>A bearer token for the mini-program; session_key never leaves the server.</summary>
public sealed record SessionResponse(string Token, DateTimeOffset ExpiresAt, string DriverId, bool PrivacyNoticeAccepted);
