namespace ParkShare.Web.Console;

public sealed record OperatorListItem(string Id, string Email, string DisplayName, bool IsAdmin, bool LockedOut, bool LockedByAdmin, IReadOnlyList<Guid> LotIds);
