namespace ParkShare.Core.Sharing.Links;

/// <summary>
/// A capability link to one parking record: whoever holds the token sees the car's position until
/// the link expires, is revoked, is used up or the car is picked up. The token itself is never
/// stored in clear: <see cref="TokenHash"/> finds the link, <see cref="ProtectedToken"/> lets the
/// owner show it again.
/// </summary>
public sealed class ShareLink
{
    private ShareLink()
    {
        TokenHash = [];
        ProtectedToken = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid RecordId { get; private set; }

    public Guid DriverId { get; private set; }

    public Guid LotId { get; private set; }

    public byte[] TokenHash { get; private set; }

    public string ProtectedToken { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime ExpiresAtUtc { get; private set; }

    /// <summary>
    /// When a read first found the link past <see cref="ExpiresAtUtc"/>: stored, so a wall clock set back
    /// later cannot bring the link back to life; cleared only by <see cref="ExtendTo"/>.
    /// </summary>
    public DateTime? ExpirySeenAtUtc { get; private set; }

    public DateTime? RevokedAtUtc { get; private set; }

    /// <summary>When the friend pressed "I picked up the car" through this link.</summary>
    public DateTime? PickedUpAtUtc { get; private set; }

    public bool ShowPlate { get; private set; }

    public bool ShowPhoto { get; private set; }

    public string? PinHash { get; private set; }

    public int FailedPinAttempts { get; private set; }

    public DateTime? LockedUntilUtc { get; private set; }

    public int? MaxViews { get; private set; }

    public int Views { get; private set; }

    public DateTime? FirstViewedAtUtc { get; private set; }

    public bool HasPin => PinHash is not null;

    public static ShareLink Create(
        Guid recordId, Guid driverId, Guid lotId, byte[] tokenHash, string protectedToken, DateTime nowUtc, DateTime expiresAtUtc,
        string? pinHash, int? maxViews, bool showPlate, bool showPhoto) => new()
        {
            Id = Guid.CreateVersion7(new DateTimeOffset(DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc))),
            RecordId = recordId,
            DriverId = driverId,
            LotId = lotId,
            TokenHash = tokenHash,
            ProtectedToken = protectedToken,
            CreatedAtUtc = nowUtc,
            ExpiresAtUtc = expiresAtUtc,
            PinHash = pinHash,
            MaxViews = maxViews,
            ShowPlate = showPlate,
            ShowPhoto = showPhoto,
        };

    /// <summary>The link's state now, given whether its car is still parked and views not yet written.</summary>
    public ShareLinkState StateAt(DateTime nowUtc, bool recordActive, int pendingViews = 0) =>
        RevokedAtUtc is not null ? ShareLinkState.Revoked
        : PickedUpAtUtc is not null || !recordActive ? ShareLinkState.PickedUp
        : ExpirySeenAtUtc is not null || nowUtc >= ExpiresAtUtc ? ShareLinkState.Expired
        : MaxViews is { } max && Views + pendingViews >= max ? ShareLinkState.UsedUp
        : ShareLinkState.Active;

    public bool IsLockedAt(DateTime nowUtc) => LockedUntilUtc is { } until && nowUtc < until;

    /// <summary>
    /// Notes the expiry once it is due, whatever else the link's state is; true when this call noted it
    /// (the caller stores it). Later reads see the link expired even if the clock has gone back since.
    /// </summary>
    public bool NoteExpiry(DateTime nowUtc)
    {
        if (ExpirySeenAtUtc is not null || nowUtc < ExpiresAtUtc)
        {
            return false;
        }

        ExpirySeenAtUtc = nowUtc;
        return true;
    }

    /// <summary>
    /// A lockout never runs longer than <paramref name="lockout"/> from now: after the clock went back,
    /// the stored end moves to now + lockout (true: the caller stores it) instead of growing by the jump.
    /// </summary>
    public bool CapLockout(DateTime nowUtc, TimeSpan lockout)
    {
        if (LockedUntilUtc is not { } until || until <= nowUtc + lockout)
        {
            return false;
        }

        LockedUntilUtc = nowUtc + lockout;
        return true;
    }

    public bool Revoke(DateTime nowUtc)
    {
        if (RevokedAtUtc is not null)
        {
            return false;
        }

        RevokedAtUtc = nowUtc;
        return true;
    }

    /// <summary>A new end, never earlier than now nor later than the service's maximum lifetime allows; an expiry seen before is forgotten.</summary>
    public void ExtendTo(DateTime expiresAtUtc)
    {
        ExpiresAtUtc = expiresAtUtc;
        ExpirySeenAtUtc = null;
    }

    public void PickedUp(DateTime nowUtc) => PickedUpAtUtc ??= nowUtc;

    /// <summary>A wrong PIN: after <paramref name="maxAttempts"/> in a row the link locks until <paramref name="lockedUntilUtc"/>.</summary>
    public void PinFailed(int maxAttempts, DateTime lockedUntilUtc)
    {
        FailedPinAttempts++;
        if (FailedPinAttempts >= maxAttempts)
        {
            LockedUntilUtc = lockedUntilUtc;
            FailedPinAttempts = 0;
        }
    }

    public void PinSucceeded() => FailedPinAttempts = 0;

    /// <summary>Counts views written by the background log; true when this is the link's first.</summary>
    public bool Viewed(int count, DateTime firstAtUtc)
    {
        Views += count;
        if (FirstViewedAtUtc is not null)
        {
            return false;
        }

        FirstViewedAtUtc = firstAtUtc;
        return true;
    }
}
