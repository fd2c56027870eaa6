namespace ParkShare.Web.Staff;

/// <summary>What an Admin fills in to invite someone.</summary>
public sealed record StaffInviteRequest(string? Email, string? DisplayName, string? Role, IReadOnlyCollection<Guid> LotIds);
