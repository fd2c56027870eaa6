namespace ParkShare.Core.WeChat;

/// <summary>
/// Who WeChat says a person is on one channel. The openid is per app; the unionid, when WeChat
/// gives one (both apps bound to one Open Platform account), is the same on every channel.
/// </summary>
public sealed record WeChatIdentity(WeChatChannel Channel, string OpenId, string? UnionId);
