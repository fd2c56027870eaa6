namespace ParkShare.Core.WeChat;

/// <summary>A WeChat app's credentials (mini-program or official account). Required in Live mode.</summary>
public class WeChatAppOptions
{
    public string AppId { get; set; } = string.Empty;

    /// <summary>Secret: never logged, shown or returned.</summary>
    public string AppSecret { get; set; } = string.Empty;
}
