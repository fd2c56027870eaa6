namespace ParkShare.Core.Occupancy;

/// <summary>
/// A lot's credential for its occupancy feed (a camera gateway, a sensor hub). Only the SHA-256 of
/// the secret is kept; the secret is shown once, when the key is created.
/// </summary>
public sealed class LotApiKey
{
    public const int MaxNameLength = 64;
    public const int MaxUserLength = 256;

    private LotApiKey()
    {
        Name = Prefix = CreatedBy = string.Empty;
        SecretHash = [];
    }

    public Guid Id { get; private set; }

    public Guid LotId { get; private set; }

    /// <summary>What staff call it, e.g. "B1 camera gateway".</summary>
    public string Name { get; private set; }

    /// <summary>The secret's first characters, shown in lists so staff can tell keys apart.</summary>
    public string Prefix { get; private set; }

    public byte[] SecretHash { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTime? RevokedAtUtc { get; private set; }

    public string? RevokedBy { get; private set; }

    public DateTime? LastUsedAtUtc { get; private set; }

    public bool IsActive => RevokedAtUtc is null;

    public static LotApiKey Issue(Guid lotId, string name, string prefix, byte[] secretHash, string createdBy, DateTime nowUtc) => new()
    {
        Id = Guid.CreateVersion7(),
        LotId = lotId,
        Name = name,
        Prefix = prefix,
        SecretHash = secretHash,
        CreatedBy = Truncate(createdBy),
        CreatedAtUtc = nowUtc,
    };

    /// <summary>Returns false when the key was already revoked (the first revocation is kept).</summary>
    public bool Revoke(string revokedBy, DateTime nowUtc)
    {
        if (RevokedAtUtc is not null)
        {
            return false;
        }

        RevokedAtUtc = nowUtc;
        RevokedBy = Truncate(revokedBy);
        return true;
    }

    public void MarkUsed(DateTime nowUtc) => LastUsedAtUtc = nowUtc;

    private static string Truncate(string user) => user.Length > MaxUserLength ? user[..MaxUserLength] : user;
}
