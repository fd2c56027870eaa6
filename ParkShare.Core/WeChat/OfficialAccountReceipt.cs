namespace ParkShare.Core.WeChat;

/// <summary>
/// One official-account callback delivery being handled or handled (keyed by MsgId, or by follower +
/// CreateTime (+ event) for events), with the reply it got: a retry that reaches any node is answered
/// from it instead of acting twice.
/// </summary>
public sealed class OfficialAccountReceipt
{
    public const int MaxKeyLength = 200;

    private OfficialAccountReceipt()
    {
    }

    public string Key { get; private set; } = string.Empty;

    public DateTime ReceivedAtUtc { get; private set; }

    public DateTime? CompletedAtUtc { get; private set; }

    /// <summary>The reply text the first delivery produced; null for "success" (no reply).</summary>
    public string? Reply { get; private set; }

    public static OfficialAccountReceipt Begin(string key, DateTime nowUtc) => new() { Key = key, ReceivedAtUtc = nowUtc };

    public void Complete(string? reply, DateTime nowUtc)
    {
        Reply = reply;
        CompletedAtUtc = nowUtc;
    }
}
