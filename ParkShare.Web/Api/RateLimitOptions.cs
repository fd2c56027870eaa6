using System.ComponentModel.DataAnnotations;

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

public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimits";

    /// <summary>Refinements per client address per minute; 0 turns the limit off.</summary>
    [Range(0, 1_000_000)]
    public int RefinePerMinute { get; set; } = 120;

    /// <summary>Occupancy feed batches per API key per minute; 0 turns the limit off.</summary>
    [Range(0, 1_000_000)]
    public int OccupancyBatchesPerMinute { get; set; } = 120;
}
