namespace ParkShare.Web.Staff;

public sealed record OperatorListItem(string Id, string Email, string DisplayName, bool IsAdmin, bool LockedOut, bool LockedByAdmin, IReadOnlyList<Guid> LotIds);
