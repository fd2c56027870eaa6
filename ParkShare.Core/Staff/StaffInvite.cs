using ParkShare.Core.Lots.History;

namespace ParkShare.Core.Staff;

/// <summary>
/// An Admin's invitation for a new staff member: who, which role and lots, and the hash of the
/// one-time link that lets them choose a password. Re-issuing replaces the link; the old one stops working.
/// </summary>
public sealed class StaffInvite
{
    public const int MaxEmailLength = 256;
    public const int MaxNameLength = 100;
    public const int MaxUserLength = 256;

    private StaffInvite()
    {
        Email = NormalizedEmail = DisplayName = Role = CreatedByUserId = CreatedBy = string.Empty;
        TokenHash = [];
        LotIds = [];
    }

    public Guid Id { get; private set; }

    public string Email { get; private set; }

    /// <summary>Upper-case email, so a second invite for the same address is found whatever its case.</summary>
    public string NormalizedEmail { get; private set; }

    public string DisplayName { get; private set; }

    /// <summary><see cref="ConsoleRoles.Admin"/> or <see cref="ConsoleRoles.Operator"/>.</summary>
    public string Role { get; private set; }

    /// <summary>The lots an operator gets on accepting; ignored for an Admin, who sees every lot.</summary>
    public Guid[] LotIds { get; private set; }

    public byte[] TokenHash { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public string CreatedByUserId { get; private set; }

    /// <summary>The inviting Admin's name at the time; lots assigned on acceptance are assigned by them.</summary>
    public string CreatedBy { get; private set; }

    public DateTime ExpiresAtUtc { get; private set; }

    public DateTime? AcceptedAtUtc { get; private set; }

    public string? AcceptedUserId { get; private set; }

    public DateTime? RevokedAtUtc { get; private set; }

    public static StaffInvite Issue(string email, string displayName, string role, IEnumerable<Guid> lotIds, byte[] tokenHash, ConsoleActor createdBy, DateTime nowUtc, TimeSpan lifetime)
    {
        if (role is not (ConsoleRoles.Admin or ConsoleRoles.Operator))
        {
            throw new ArgumentOutOfRangeException(nameof(role), role, "Not a console role.");
        }

        var trimmed = email.Trim();
        return new StaffInvite
        {
            Id = Guid.CreateVersion7(),
            Email = trimmed,
            NormalizedEmail = Normalize(trimmed),
            DisplayName = displayName.Trim(),
            Role = role,
            LotIds = role == ConsoleRoles.Admin ? [] : [.. lotIds.Distinct()],
            TokenHash = tokenHash,
            CreatedByUserId = Clip(createdBy.UserId),
            CreatedBy = Clip(createdBy.DisplayName),
            CreatedAtUtc = nowUtc,
            ExpiresAtUtc = nowUtc + lifetime,
        };
    }

    public static string Normalize(string email) => email.Trim().ToUpperInvariant();

    public StaffLinkState StateAt(DateTime nowUtc) =>
        AcceptedAtUtc is not null ? StaffLinkState.Used
        : RevokedAtUtc is not null ? StaffLinkState.Revoked
        : nowUtc >= ExpiresAtUtc ? StaffLinkState.Expired
        : StaffLinkState.Pending;

    /// <summary>Stops the link; false when it was already used or revoked.</summary>
    public ConsoleActor Inviter => new(CreatedByUserId, CreatedBy);

    public bool Revoke(DateTime nowUtc)
    {
        if (AcceptedAtUtc is not null || RevokedAtUtc is not null)
        {
            return false;
        }

        RevokedAtUtc = nowUtc;
        return true;
    }

    /// <summary>A new link with a new lifetime for an invite not yet used or revoked (an expired one included).</summary>
    public bool Reissue(byte[] tokenHash, DateTime nowUtc, TimeSpan lifetime)
    {
        if (AcceptedAtUtc is not null || RevokedAtUtc is not null)
        {
            return false;
        }

        TokenHash = tokenHash;
        ExpiresAtUtc = nowUtc + lifetime;
        return true;
    }

    /// <summary>Uses the link once; false unless it is pending.</summary>
    public bool Accept(string userId, DateTime nowUtc)
    {
        if (StateAt(nowUtc) != StaffLinkState.Pending)
        {
            return false;
        }

        AcceptedAtUtc = nowUtc;
        AcceptedUserId = userId;
        return true;
    }

    private static string Clip(string user) => user.Length > MaxUserLength ? user[..MaxUserLength] : user;
}
