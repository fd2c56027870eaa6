namespace ParkShare.Web.Notices;

/// <summary>A notice in the request's language, with the machine fields a client needs to badge it and open its subject.</summary>
public sealed record NoticeDto(
    string Id,
    string Kind,
    string SubjectId,
    string Title,
    string Text,
    string Link,
    DateTimeOffset At,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ReadAt);
