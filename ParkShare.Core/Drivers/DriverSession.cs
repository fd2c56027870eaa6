namespace ParkShare.Core.Drivers;

/// <summary>An opaque bearer session: only the SHA-256 of the 256-bit token is stored.</summary>
public sealed class DriverSession
{
    private DriverSession()
    {
        TokenHash = [];
    }

    public Guid Id { get; private set; }

    public Guid DriverId { get; private set; }

    public byte[] TokenHash { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime ExpiresAtUtc { get; private set; }

    public DateTime? RevokedAtUtc { get; private set; }

    public static DriverSession Open(Guid driverId, byte[] tokenHash, DateTime nowUtc, TimeSpan lifetime) => new()
    {
        Id = Guid.CreateVersion7(),
        DriverId = driverId,
        TokenHash = tokenHash,
        CreatedAtUtc = nowUtc,
        ExpiresAtUtc = nowUtc + lifetime,
    };

    public bool IsValidAt(DateTime nowUtc) => RevokedAtUtc is null && nowUtc < ExpiresAtUtc;

    /// <summary>Ends the session; false when it had already ended.</summary>
    public bool Revoke(DateTime nowUtc)
    {
        if (RevokedAtUtc is not null)
        {
            return false;
        }

        RevokedAtUtc = nowUtc;
        return true;
    }
}
