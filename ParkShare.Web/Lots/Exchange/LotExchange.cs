using System.Security.Claims;
using ParkShare.Core.Lots.Editing;
using ParkShare.Core.Lots.Exchange;
using ParkShare.Web.Lots.Editing;
using ParkShare.Web.Staff;

namespace ParkShare.Web.Lots.Exchange;

/// <summary>
/// The console's GeoJSON import, checked here like <see cref="LotEditing"/> (a hidden button is no protection on a
/// Blazor circuit): only an Admin creates a lot from a file, and a lot the user may not edit does not exist.
/// </summary>
public sealed class LotExchange(LotAccess access, LotEditing editing, LotImporter importer, ILogger<LotExchange> logger)
{
    public async Task<LotEditOutcome> CreateAsync(ClaimsPrincipal user, LotGeoJsonDocument document, CancellationToken cancellationToken = default)
    {
        if (!await access.IsAdminAsync(user, cancellationToken))
        {
            logger.LogWarning("{User} may not import a lot", user.Identity?.Name);
            return LotEditOutcome.Refused(LotEditError.NotFound);
        }

        var outcome = await importer.CreateAsync(await editing.ActorAsync(user, cancellationToken), document, cancellationToken);
        if (outcome.Succeeded)
        {
            logger.LogInformation("{User} imported lot {LotId}: {Summary}", user.Identity?.Name, outcome.Id, outcome.Summary);
        }

        return outcome;
    }

    /// <summary>What replacing the lot with the file would do (nothing is written); null when the user may not edit the lot.</summary>
    public async Task<LotReplaceResult?> PreviewAsync(ClaimsPrincipal user, Guid lotId, LotGeoJsonDocument document, CancellationToken cancellationToken = default) =>
        await CanEditAsync(user, lotId, cancellationToken) ? await importer.PreviewAsync(lotId, document, cancellationToken) : null;

    /// <summary>The atomic replace (refused when spaces in use would disappear); null when the user may not edit the lot.</summary>
    public async Task<LotReplaceResult?> ReplaceAsync(ClaimsPrincipal user, Guid lotId, LotGeoJsonDocument document, CancellationToken cancellationToken = default)
    {
        if (!await CanEditAsync(user, lotId, cancellationToken))
        {
            return null;
        }

        var result = await importer.ReplaceAsync(await editing.ActorAsync(user, cancellationToken), lotId, document, cancellationToken);
        if (result is { Status: LotReplaceStatus.Replaced })
        {
            logger.LogInformation("{User} replaced lot {LotId} from GeoJSON: {Summary}", user.Identity?.Name, lotId, result.Summary);
        }

        return result;
    }

    private async Task<bool> CanEditAsync(ClaimsPrincipal user, Guid lotId, CancellationToken cancellationToken)
    {
        if (await access.CanEditAsync(user, lotId, cancellationToken))
        {
            return true;
        }

        logger.LogWarning("{User} may not edit lot {LotId}", user.Identity?.Name, lotId);
        return false;
    }
}
