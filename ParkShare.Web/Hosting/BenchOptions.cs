using ParkShare.Web.Api;
using ParkShare.Web.Drivers;
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
namespace ParkShare.Web.Hosting;

public sealed class BenchOptions
{
    public const string SectionName = "Bench";

    /// <summary>Maps GET /bench/hello (plain text) so load tests compare endpoints against the host's own floor. Off by default.</summary>
    public bool HelloEndpoint { get; set; }
}
