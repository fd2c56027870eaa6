namespace ParkShare.Core.Staff;

/// <summary>One page of the staff log, newest first, and how many entries there are in all.</summary>
public sealed record StaffAuditPage(IReadOnlyList<StaffAuditEntry> Items, int Total);
