namespace ParkShare.Web.WeChat;

/// <summary>A subscribe or unsubscribe event to record in the background (at the event's own time).</summary>
public sealed record OfficialAccountFollowChange(string OpenId, bool Follows, DateTime AtUtc);
