namespace ParkShare.Core.WeChat;

/// <summary>
/// Template ids chosen in the WeChat admin pages: subscribe-message templates of the mini-program
/// and template messages of the official account. Empty = that channel is not used for the event.
/// </summary>
public sealed class WeChatTemplateOptions
{
    /// <summary>Mini-program subscribe template "car position shared" (bound friend receives a position).</summary>
    public string PositionSharedSubscribe { get; set; } = string.Empty;

    /// <summary>Official-account template "car position shared".</summary>
    public string PositionSharedTemplate { get; set; } = string.Empty;

    /// <summary>Mini-program subscribe template for the driver's own notices (reminders, link opened, picked up).</summary>
    public string DriverNoticeSubscribe { get; set; } = string.Empty;

    /// <summary>Official-account template for the driver's own notices.</summary>
    public string DriverNoticeTemplate { get; set; } = string.Empty;
}
