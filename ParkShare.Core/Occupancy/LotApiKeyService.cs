using Microsoft.EntityFrameworkCore;
using ParkShare.Core.Data;

namespace ParkShare.Core.Occupancy;

/// <summary>Creates, lists, revokes and checks a lot's feed API keys. Callers check who may manage which lot.</summary>
public sealed class LotApiKeyService(IDbContextFactory<ParkShareDbContext> contexts, TimeProvider clock)
{
    public const int MaxActivePerLot = 20;

    public async Task<IReadOnlyList<LotApiKey>> ListAsync(Guid lotId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var keys = await db.LotApiKeys.AsNoTracking().Where(k => k.LotId == lotId).ToListAsync(cancellationToken);
        return [.. keys.OrderBy(k => k.RevokedAtUtc is not null).ThenByDescending(k => k.CreatedAtUtc)];
    }

    /// <summary>A new key; its secret is in the outcome and nowhere else, ever.</summary>
    public async Task<LotApiKeyOutcome> CreateAsync(Guid lotId, string? name, string createdBy, CancellationToken cancellationToken = default)
    {
        var trimmed = name?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            return LotApiKeyOutcome.Refused(LotApiKeyError.NameRequired);
        }

        if (trimmed.Length > LotApiKey.MaxNameLength || trimmed.Any(char.IsControl))
        {
            return LotApiKeyOutcome.Refused(LotApiKeyError.NameTooLong);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await WriteTransaction.BeginImmediateAsync(db, cancellationToken);
        if (!await db.Lots.AnyAsync(l => l.Id == lotId, cancellationToken))
        {
            return LotApiKeyOutcome.Refused(LotApiKeyError.LotNotFound);
        }

        if (await db.LotApiKeys.CountAsync(k => k.LotId == lotId && k.RevokedAtUtc == null, cancellationToken) >= MaxActivePerLot)
        {
            return LotApiKeyOutcome.Refused(LotApiKeyError.TooManyKeys);
        }

        var secret = ApiKeySecret.New();
        var key = LotApiKey.Issue(lotId, trimmed, ApiKeySecret.PrefixOf(secret), ApiKeySecret.Hash(secret)!, createdBy, clock.GetUtcNow().UtcDateTime);
        db.LotApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return LotApiKeyOutcome.Created(key, secret);
    }

    public async Task<LotApiKeyOutcome> RevokeAsync(Guid lotId, Guid keyId, string revokedBy, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var key = await db.LotApiKeys.FirstOrDefaultAsync(k => k.Id == keyId && k.LotId == lotId, cancellationToken);
        if (key is null)
        {
            return LotApiKeyOutcome.Refused(LotApiKeyError.NotFound);
        }

        if (!key.Revoke(revokedBy, clock.GetUtcNow().UtcDateTime))
        {
            return LotApiKeyOutcome.Refused(LotApiKeyError.AlreadyRevoked);
        }

        await db.SaveChangesAsync(cancellationToken);
        return LotApiKeyOutcome.Revoked(key);
    }

    /// <summary>
    /// The active key of this lot that the secret belongs to, or null: an unknown secret, a revoked key
    /// and another lot's key look the same to the caller, so the answer reveals nothing about lots.
    /// </summary>
    public async Task<LotApiKey?> AuthenticateAsync(Guid lotId, string secret, CancellationToken cancellationToken = default)
    {
        if (ApiKeySecret.Hash(secret) is not { } hash)
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.LotApiKeys.AsNoTracking()
            .FirstOrDefaultAsync(k => k.SecretHash == hash && k.LotId == lotId && k.RevokedAtUtc == null, cancellationToken);
    }
}
