namespace ParkShare.Core.Notices;

/// <summary>A page of a driver's notices, newest first; <see cref="NextCursor"/> is null on the last page.</summary>
public sealed record NoticePage(IReadOnlyList<DriverNotice> Items, Guid? NextCursor, int UnreadCount);
