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

/// <summary>A share link as its owner sees it; <c>url</c> and the QR addresses are null if the installation's keys were lost.</summary>
public sealed record ShareDto(
    string Id,
    string RecordId,
    string State,
    string? Url,
    string? QrPngUrl,
    string? QrSvgUrl,
    string? PosterUrl,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    bool HasPin,
    int? MaxViews,
    int Views,
    bool ShowPlate,
    bool ShowPhoto,
    DateTimeOffset? FirstViewedAt,
    DateTimeOffset? RevokedAt,
    DateTimeOffset? PickedUpAt);
