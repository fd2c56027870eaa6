using ParkShare.Web.Lots.Editing;
using ParkShare.Web.Lots.Exchange;
using ParkShare.Web.Occupancy;
using ParkShare.Web.Staff;
namespace ParkShare.Web.Lots;

public sealed record LotListItem(Guid Id, string Name, string Address, int Levels, int Spaces);
