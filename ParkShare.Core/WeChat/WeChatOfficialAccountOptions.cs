namespace ParkShare.Core.WeChat;

/// <summary>
/// The official account: its credentials plus the server-URL Token and the safe-mode
/// EncodingAESKey (43 characters). The callback checks signatures with them in both modes.
/// </summary>
public sealed class WeChatOfficialAccountOptions : WeChatAppOptions
{
    public string Token { get; set; } = string.Empty;

    public string EncodingAESKey { get; set; } = string.Empty;
}
