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

/// <summary>
/// What the API description says about one operation beyond what its handler's types declare:
/// a summary, the problems it answers with (status and stable code) and example bodies.
/// </summary>
public sealed record OperationDoc(string Summary, string Description, object? Response, object? Request, IReadOnlyList<(int Status, string Code)> Problems);
