namespace ParkShare.Core.WeChat;

/// <summary>
/// The official account: its credentials plus the server-URL Token and the safe-mode
/// EncodingAESKey (43 characters). With a key the callback takes safe-mode messages only.
/// </summary>
public sealed class WeChatOfficialAccountOptions : WeChatAppOptions
{
    public string Token { get; set; } = string.Empty;

    public string EncodingAESKey { get; set; } = string.Empty;

    /// <summary>
    /// Plain-mode messages (no EncodingAESKey) are taken only when this is set: their signature does
    /// not cover the body, so anyone who saw one callback URL could send messages as any follower
    /// for as long as its timestamp is fresh. The host warns at start while it is on.
    /// </summary>
    public bool AllowPlainMode { get; set; }
}
