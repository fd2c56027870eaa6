using ParkShare.Web.Api;
using ParkShare.Web.Drivers;
using ParkShare.Web.Hosting;
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
namespace ParkShare.Web.Lots;

/// <summary>
/// Live states of a level: one character per space (F free, R reserved, O occupied, D disabled) in
/// the order of the level map's spaces of the same lot version, plus the counts.
/// </summary>
public sealed record LevelStatesDto(string LevelId, int Version, string States, int Free, int Reserved, int Occupied, int Disabled);
