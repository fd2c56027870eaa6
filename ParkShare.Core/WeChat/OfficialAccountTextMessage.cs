namespace ParkShare.Core.WeChat;

/// <summary>A text the follower typed; retries carry the same MsgId.</summary>
public sealed record OfficialAccountTextMessage(string ToUserName, string FromUserName, long CreateTime, string Content, string? MsgId)
    : OfficialAccountMessage(ToUserName, FromUserName, CreateTime, "text")
{
    public override string DeduplicationKey => MsgId is { Length: > 0 } id ? "msg:" + id : $"text:{FromUserName}:{CreateTime}";
}
