namespace ParkShare.Web.Notices;

public sealed record NoticePageDto(IReadOnlyList<NoticeDto> Items, string? NextCursor, int UnreadCount);
