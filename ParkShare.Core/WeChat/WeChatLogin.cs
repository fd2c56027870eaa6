namespace ParkShare.Core.WeChat;

/// <summary>Who a mini-program login code belongs to. The session key stays on the server and is never returned to clients.</summary>
public sealed record WeChatLogin(string OpenId, string? UnionId, string SessionKey)
{
    public WeChatIdentity Identity => new(WeChatChannel.MiniProgram, OpenId, UnionId);
}
