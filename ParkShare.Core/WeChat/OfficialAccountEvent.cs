namespace ParkShare.Core.WeChat;

/// <summary>
/// An event (subscribe, unsubscribe, SCAN, CLICK, ...). Events have no MsgId: a retry is the same
/// follower, CreateTime, event and key.
/// </summary>
public sealed record OfficialAccountEvent(string ToUserName, string FromUserName, long CreateTime, string Event, string? EventKey)
    : OfficialAccountMessage(ToUserName, FromUserName, CreateTime, "event")
{
    public const string Subscribe = "subscribe";
    public const string Unsubscribe = "unsubscribe";
    public const string Scan = "SCAN";
    public const string Click = "CLICK";
    public const string QrScenePrefix = "qrscene_";

    public override string DeduplicationKey => $"event:{FromUserName}:{CreateTime}:{Event}:{EventKey}";

    public bool Is(string name) => string.Equals(Event, name, StringComparison.OrdinalIgnoreCase);

    /// <summary>The parametric QR's scene: subscribe carries "qrscene_&lt;scene&gt;", SCAN the scene itself; null otherwise.</summary>
    public string? Scene => Is(Subscribe)
        ? EventKey is { } key && key.StartsWith(QrScenePrefix, StringComparison.Ordinal) && key.Length > QrScenePrefix.Length ? key[QrScenePrefix.Length..] : null
        : Is(Scan) && !string.IsNullOrEmpty(EventKey) ? EventKey : null;
}
