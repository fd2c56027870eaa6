namespace ParkShare.Core.WeChat;

/// <summary>A fresh link code (shown once, inside the QR's scene) and when it stops working.</summary>
public sealed record OfficialAccountLinkIssue(string Code, DateTime ExpiresAtUtc)
{
    public const string ScenePrefix = "link:";

    public string Scene => ScenePrefix + Code;
}
