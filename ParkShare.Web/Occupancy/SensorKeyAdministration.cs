using System.Security.Claims;
using ParkShare.Core.Occupancy;
using ParkShare.Web.Staff;

namespace ParkShare.Web.Occupancy;

/// <summary>
/// The console's sensor API keys of a lot: only an Admin or an operator assigned the lot may list,
/// create or revoke them (anyone else is told the lot does not exist). Each change is logged, never the secret.
/// </summary>
public sealed class SensorKeyAdministration(LotAccess access, LotApiKeyService keys, ILogger<SensorKeyAdministration> logger)
{
    /// <summary>The lot's keys, or null when the user may not see the lot.</summary>
    public async Task<IReadOnlyList<LotApiKey>?> ListAsync(ClaimsPrincipal user, Guid lotId, CancellationToken cancellationToken = default) =>
        await access.CanSeeAsync(user, lotId, cancellationToken) ? await keys.ListAsync(lotId, cancellationToken) : null;

    public async Task<LotApiKeyOutcome> CreateAsync(ClaimsPrincipal user, Guid lotId, string? name, CancellationToken cancellationToken = default)
    {
        if (!await access.CanSeeAsync(user, lotId, cancellationToken))
        {
            logger.LogWarning("{User} may not create sensor API keys for lot {LotId}", UserName(user), lotId);
            return LotApiKeyOutcome.Refused(LotApiKeyError.LotNotFound);
        }

        var outcome = await keys.CreateAsync(lotId, name, UserName(user), cancellationToken);
        if (outcome.Key is { } key)
        {
            logger.LogInformation("{User} created sensor API key {KeyId} '{Name}' ({Prefix}…) for lot {LotId}", UserName(user), key.Id, key.Name, key.Prefix, lotId);
        }

        return outcome;
    }

    public async Task<LotApiKeyOutcome> RevokeAsync(ClaimsPrincipal user, Guid lotId, Guid keyId, CancellationToken cancellationToken = default)
    {
        if (!await access.CanSeeAsync(user, lotId, cancellationToken))
        {
            logger.LogWarning("{User} may not revoke sensor API keys of lot {LotId}", UserName(user), lotId);
            return LotApiKeyOutcome.Refused(LotApiKeyError.LotNotFound);
        }

        var outcome = await keys.RevokeAsync(lotId, keyId, UserName(user), cancellationToken);
        if (outcome.Key is { } key)
        {
            logger.LogInformation("{User} revoked sensor API key {KeyId} '{Name}' ({Prefix}…) of lot {LotId}", UserName(user), key.Id, key.Name, key.Prefix, lotId);
        }

        return outcome;
    }

    private static string UserName(ClaimsPrincipal user) =>
        user.Identity?.Name ?? user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "unknown";
}
