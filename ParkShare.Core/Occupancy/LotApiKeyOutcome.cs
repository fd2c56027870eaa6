namespace ParkShare.Core.Occupancy;

/// <summary>A key just created or revoked (with its secret, only at creation), or why there is none.</summary>
public sealed record LotApiKeyOutcome(LotApiKey? Key, string? Secret, LotApiKeyError Error)
{
    public static LotApiKeyOutcome Created(LotApiKey key, string secret) => new(key, secret, LotApiKeyError.None);

    public static LotApiKeyOutcome Revoked(LotApiKey key) => new(key, null, LotApiKeyError.None);

    public static LotApiKeyOutcome Refused(LotApiKeyError error) => new(null, null, error);
}
