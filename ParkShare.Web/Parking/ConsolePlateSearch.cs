using System.Security.Claims;
using ParkShare.Core.Parking;
using ParkShare.Web.Lots.Editing;
using ParkShare.Web.Staff;

namespace ParkShare.Web.Parking;

/// <summary>
/// The console's plate search for support: the query is checked first (nothing is searched or written for a bad
/// one), then the user's right to see the lot, asked of the database now (a hidden field is no protection on a
/// Blazor circuit); only then is the lot searched and the search written to its history. The plate is never logged.
/// </summary>
public sealed class ConsolePlateSearch(LotAccess access, LotEditing editing, StaffPlateSearch search, ILogger<ConsolePlateSearch> logger)
{
    public async Task<PlateSearchOutcome> SearchAsync(ClaimsPrincipal user, Guid lotId, string? query, CancellationToken cancellationToken = default)
    {
        if (!PlateQuery.TryNormalize(query, out var plateKey, out var problem))
        {
            return PlateSearchOutcome.Refused(problem);
        }

        if (!await access.CanSeeAsync(user, lotId, cancellationToken))
        {
            logger.LogWarning("{User} may not search plates in lot {LotId}", user.Identity?.Name, lotId);
            return PlateSearchOutcome.LotNotFound;
        }

        var matches = await search.SearchAsync(await editing.ActorAsync(user, cancellationToken), lotId, plateKey, cancellationToken);
        logger.LogInformation("{User} searched lot {LotId} by plate: {Count} records", user.Identity?.Name, lotId, matches.Records.Count);
        return PlateSearchOutcome.Found(matches);
    }
}
