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
/// A new invite: its code (shown this once), the mini-program share path, and as data URLs the
/// official-account QR (scene "bind:&lt;code&gt;") and the mini-program code; a picture WeChat could not make is null.
/// </summary>
public sealed record InviteDto(string Code, DateTimeOffset ExpiresAt, string SharePath, string? QrUrl, string? MiniProgramCodeUrl);
