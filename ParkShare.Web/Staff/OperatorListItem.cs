using ParkShare.Web.Lots;
using ParkShare.Web.Lots.Editing;
using ParkShare.Web.Lots.Exchange;
using ParkShare.Web.Occupancy;
namespace ParkShare.Web.Staff;

public sealed record OperatorListItem(string Id, string Email, string DisplayName, bool IsAdmin, bool LockedOut, bool LockedByAdmin, IReadOnlyList<Guid> LotIds);
