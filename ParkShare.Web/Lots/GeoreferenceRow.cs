using ParkShare.Web.Components;
using ParkShare.Web.Lots.Editing;
using ParkShare.Web.Lots.Exchange;
using ParkShare.Web.Lots.Markers;
using ParkShare.Web.Occupancy;
using ParkShare.Web.Parking;
using ParkShare.Web.Refinement;
using ParkShare.Web.Sharing.Bindings;
using ParkShare.Web.Staff;
using ParkShare.Web.WeChat;
namespace ParkShare.Web.Lots;

/// <summary>One editable control point row: lot-local x/y in metres and its latitude/longitude, any still blank.</summary>
public sealed class GeoreferenceRow
{
    public double? X { get; set; }

    public double? Y { get; set; }

    public double? Lat { get; set; }

    public double? Lng { get; set; }

    public bool IsComplete => X is not null && Y is not null && Lat is not null && Lng is not null;
}
