namespace ParkShare.Core.Staff;

/// <summary>
/// A one-time link an Admin hands a staff member to choose a new password. Only the hash of its
/// token is kept; issuing a new link for the same person revokes the older ones.
/// </summary>
public sealed class StaffPasswordReset
{
    public const int MaxUserLength = 256;

    private StaffPasswordReset()
    {
        UserId = CreatedBy = string.Empty;
        TokenHash = [];
    }

    public Guid Id { get; private set; }

    public string UserId { get; private set; }

    public byte[] TokenHash { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTime ExpiresAtUtc { get; private set; }

    public DateTime? UsedAtUtc { get; private set; }

    public DateTime? RevokedAtUtc { get; private set; }

    public static StaffPasswordReset Issue(string userId, byte[] tokenHash, string createdBy, DateTime nowUtc, TimeSpan lifetime) => new()
    {
        Id = Guid.CreateVersion7(),
        UserId = userId,
        TokenHash = tokenHash,
        CreatedBy = createdBy.Length > MaxUserLength ? createdBy[..MaxUserLength] : createdBy,
        CreatedAtUtc = nowUtc,
        ExpiresAtUtc = nowUtc + lifetime,
    };

    public StaffLinkState StateAt(DateTime nowUtc) =>
        UsedAtUtc is not null ? StaffLinkState.Used
        : RevokedAtUtc is not null ? StaffLinkState.Revoked
        : nowUtc >= ExpiresAtUtc ? StaffLinkState.Expired
        : StaffLinkState.Pending;

    public bool Revoke(DateTime nowUtc)
    {
        if (UsedAtUtc is not null || RevokedAtUtc is not null)
        {
            return false;
        }

        RevokedAtUtc = nowUtc;
        return true;
    }

    /// <summary>Uses the link once; false unless it is pending.</summary>
    public bool Use(DateTime nowUtc)
    {
        if (StateAt(nowUtc) != StaffLinkState.Pending)
        {
            return false;
        }

        UsedAtUtc = nowUtc;
        return true;
    }
}
