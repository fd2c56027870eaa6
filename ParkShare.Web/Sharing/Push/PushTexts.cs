using ParkShare.Core.Notices;
using ParkShare.Core.Sharing.Bindings;
using ParkShare.Core.Sharing.Links;
using ParkShare.Core.Sharing.Push;
using ParkShare.Web.Localization;

using ParkShare.Web.Hosting;
using ParkShare.Web.Sharing.Bindings;
using ParkShare.Web.Sharing.Links;
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
