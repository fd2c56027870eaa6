using ParkShare.Core.Notices;

namespace ParkShare.Core.Sharing.Push;

/// <summary>The words of a push (the host supplies them from its string tables, in the language WeChat messages go out in).</summary>
public interface IPushTexts
{
    /// <summary>The headline: what happened (a friend's car was parked, moved, picked up; or the notice's title).</summary>
    string Title(OutboxEvent evt, NoticeKind? noticeKind);
}
