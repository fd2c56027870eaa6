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
using ParkShare.Web.Sharing.Links;
using ParkShare.Web.Sharing.Push;
namespace ParkShare.Web.WeChat;

/// <summary>
/// A one-time code to link the official account, and the official-account QR that carries it (scene
/// "link:&lt;code&gt;"): render <paramref name="QrUrl"/> as a QR, or show <paramref name="QrImageUrl"/> (Live mode only).
/// </summary>
public sealed record LinkCodeDto(string Code, string Scene, string QrUrl, string? QrImageUrl, DateTimeOffset ExpiresAt);
