namespace ParkShare.Core.WeChat;

/// <summary>Who a login code belongs to. The session key stays on the server and is never returned to clients.</summary>
public sealed record WeChatLogin(string OpenId, string? UnionId, string SessionKey);
