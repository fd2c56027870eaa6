namespace ParkShare.Core.WeChat;

/// <summary>The access token of one AppId as the console shows it (the token itself never leaves the cache).</summary>
public sealed record WeChatTokenHealth(
    string AppId,
    DateTime? CachedUntilUtc,
    DateTime? LastRefreshUtc,
    int Refreshes,
    int Failures,
    DateTime? LastFailureUtc,
    int? LastFailureCode);
