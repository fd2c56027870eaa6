namespace ParkShare.Core.WeChat;

/// <summary>What scanning a "link:" QR did.</summary>
public enum OfficialAccountLinkResult
{
    Linked,

    /// <summary>This openid was already the driver's: nothing changed.</summary>
    AlreadyLinked,

    /// <summary>Unknown, expired or already used code.</summary>
    CodeInvalid,

    /// <summary>The openid belongs to another driver who has data of their own: never merged silently.</summary>
    OpenIdTaken,

    /// <summary>The driver is already linked to a different official-account openid (or unionid).</summary>
    DriverLinkedElsewhere,
}
