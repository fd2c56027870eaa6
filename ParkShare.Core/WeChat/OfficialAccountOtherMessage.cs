namespace ParkShare.Core.WeChat;

/// <summary>Any other message kind (image, voice, location, link...): answered with the help text.</summary>
public sealed record OfficialAccountOtherMessage(string ToUserName, string FromUserName, long CreateTime, string Kind, string? MsgId)
    : OfficialAccountMessage(ToUserName, FromUserName, CreateTime, Kind)
{
    public override string DeduplicationKey => MsgId is { Length: > 0 } id ? "msg:" + id : $"{Kind}:{FromUserName}:{CreateTime}";
}
