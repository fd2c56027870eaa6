namespace ParkShare.Core.WeChat;

/// <summary>An access token from stable_token and when WeChat says it expires. A secret: never logged or shown.</summary>
public sealed record WeChatAccessToken(string Value, DateTime ExpiresAtUtc)
{
    public override string ToString() => $"WeChatAccessToken(expires {ExpiresAtUtc:O})";
}
