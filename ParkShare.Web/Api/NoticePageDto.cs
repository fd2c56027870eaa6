namespace ParkShare.Web.Api;

public sealed record NoticePageDto(IReadOnlyList<NoticeDto> Items, string? NextCursor, int UnreadCount);
