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
using ParkShare.Web.WeChat;
namespace ParkShare.Web.Api;

/// <summary>Times are stored as UTC DateTime; the wire carries them as ISO 8601 with the +00:00 offset.</summary>
public static class UtcTime
{
    public static DateTimeOffset ToOffset(this DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
}
