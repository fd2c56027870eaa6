using ParkShare.Core.Notices;
using ParkShare.Core.Sharing.Push;
using ParkShare.Web.Localization;

namespace ParkShare.Web.Sharing.Push;

/// <summary>
/// Push headlines from the string tables, in the default language (zh-CN): WeChat messages go out
/// in one language, not the one of whatever request happens to be running.
/// </summary>
public sealed class PushTexts : IPushTexts
{
    public string Title(OutboxEvent evt, NoticeKind? noticeKind)
    {
        var table = JsonStringLocalizer.AllTables[JsonStringLocalizer.DefaultCulture];
        var key = evt == OutboxEvent.Notice ? $"Push.Notice.{noticeKind}" : $"Push.{evt}";
        return table.GetValueOrDefault(key) ?? table["Push.Notice"];
    }
}
