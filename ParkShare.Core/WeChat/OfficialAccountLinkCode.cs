namespace ParkShare.Core.WeChat;

/// <summary>
/// A one-time code that links the official-account openid of whoever scans the QR carrying it
/// ("link:&lt;code&gt;") to the mini-program driver who asked for it. Only its SHA-256 is stored; it
/// expires quickly and works once.
/// </summary>
public sealed class OfficialAccountLinkCode
{
    private OfficialAccountLinkCode()
    {
        CodeHash = [];
    }

    public Guid Id { get; private set; }

    public Guid DriverId { get; private set; }

    public byte[] CodeHash { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime ExpiresAtUtc { get; private set; }

    public DateTime? UsedAtUtc { get; private set; }

    public static OfficialAccountLinkCode Issue(Guid driverId, byte[] codeHash, DateTime nowUtc, TimeSpan lifetime) => new()
    {
        Id = Guid.CreateVersion7(),
        DriverId = driverId,
        CodeHash = codeHash,
        CreatedAtUtc = nowUtc,
        ExpiresAtUtc = nowUtc + lifetime,
    };

    public bool IsUsableAt(DateTime nowUtc) => UsedAtUtc is null && nowUtc < ExpiresAtUtc;

    /// <summary>Spends the code; false when it was already used or has expired.</summary>
    public bool Use(DateTime nowUtc)
    {
        if (!IsUsableAt(nowUtc))
        {
            return false;
        }

        UsedAtUtc = nowUtc;
        return true;
    }
}
