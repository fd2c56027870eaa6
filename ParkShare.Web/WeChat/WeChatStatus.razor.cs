using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using ParkShare.Core.WeChat;

namespace ParkShare.Web.WeChat;

/// <summary>
/// WeChat status for admins: the mode, both apps' ids (secrets only as configured/missing), the
/// live client's token health per AppId and its recent errors, the push outbox and the sandbox inbox.
/// </summary>
public sealed partial class WeChatStatus
{
    private IReadOnlyList<WeChatTokenHealth> _tokens = [];
    private IReadOnlyList<WeChatApiError> _errors = [];

    [Inject]
    private IOptions<WeChatOptions> WeChatOptions { get; set; } = default!;

    [Inject]
    private WeChatHealth Health { get; set; } = default!;

    [Inject]
    private IStringLocalizer<WeChatStatus> L { get; set; } = default!;

    [Inject]
    private ParkShare.Web.Staff.ConsoleTime ConsoleTime { get; set; } = default!;

    private WeChatOptions Options => WeChatOptions.Value;

    protected override void OnInitialized() => Reload();

    private void Reload()
    {
        _tokens = Health.Tokens();
        _errors = Health.RecentErrors();
    }

    private string AppId(WeChatAppOptions app) => string.IsNullOrWhiteSpace(app.AppId) ? L["WeChat.Missing"] : app.AppId;

    private string Presence(string secret) => string.IsNullOrWhiteSpace(secret) ? L["WeChat.Missing"] : L["WeChat.Configured"];

    private string Time(DateTime? utc) => utc is { } t ? ConsoleTime.Format(t) : "—";
}
