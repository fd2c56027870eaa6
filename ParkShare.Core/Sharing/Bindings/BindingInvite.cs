namespace ParkShare.Core.Sharing.Bindings;

/// <summary>
/// A driver's invitation to a friend: single use, expiring. Only the code's SHA-256 is stored; the
/// code itself (<see cref="InviteCode"/>) travels in the share card or the official-account QR.
/// </summary>
public sealed class BindingInvite
{
    private BindingInvite()
    {
        CodeHash = [];
    }

    public Guid Id { get; private set; }

    /// <summary>The driver who invites (whose car the friend will see).</summary>
    public Guid DriverId { get; private set; }

    public byte[] CodeHash { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime ExpiresAtUtc { get; private set; }

    public DateTime? UsedAtUtc { get; private set; }

    public Guid? UsedByDriverId { get; private set; }

    public static BindingInvite Create(Guid driverId, byte[] codeHash, DateTime nowUtc, TimeSpan lifetime) => new()
    {
        Id = Guid.CreateVersion7(),
        DriverId = driverId,
        CodeHash = codeHash,
        CreatedAtUtc = nowUtc,
        ExpiresAtUtc = nowUtc + lifetime,
    };

    /// <summary>Neither used nor expired.</summary>
    public bool IsOpenAt(DateTime nowUtc) => UsedAtUtc is null && ExpiresAtUtc > nowUtc;

    /// <summary>The friend accepted; false when it was used or had expired before.</summary>
    public bool Use(Guid friendId, DateTime nowUtc)
    {
        if (!IsOpenAt(nowUtc) || friendId == DriverId)
        {
            return false;
        }

        UsedAtUtc = nowUtc;
        UsedByDriverId = friendId;
        return true;
    }
}
