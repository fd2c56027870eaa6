using System.Security.Claims;
using ParkShare.Core.Lots;
using ParkShare.Core.Parking;

namespace ParkShare.Web.Parking;

/// <summary>
/// The reservations page's one search box, by space or by plate. A space code in any form the lot understands
/// ("B1-A-012", "b1a12", "负一层A区12号") or part of one in Latin letters and digits ("B1-A") keeps those spaces'
/// reservations; anything else is a plate, searched in this lot only and written to its history
/// (<see cref="ConsolePlateSearch"/>), keeping the reservations of the drivers who parked with it here.
/// </summary>
public sealed class ReservationSearch(ConsolePlateSearch plates)
{
    public async Task<ReservationSearchResult> ResolveAsync(ClaimsPrincipal user, LotMap map, string? text, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ReservationSearchResult.None;
        }

        if (!PlateQuery.TryNormalize(text, out _, out var problem))
        {
            return new ReservationSearchResult(ProblemKey: $"PlateSearch.{problem}");
        }

        var spaces = SpacesMatching(map, text.Trim());
        if (spaces.Count > 0)
        {
            return new ReservationSearchResult(SpaceIds: spaces);
        }

        var outcome = await plates.SearchAsync(user, map.LotId, text, cancellationToken);
        return outcome.Matches is { } found
            ? new ReservationSearchResult(DriverIds: found.DriverIds, PlateKey: found.PlateKey)
            : new ReservationSearchResult(ProblemKey: outcome.ProblemKey ?? "Lot.NotFound");
    }

    private static List<Guid> SpacesMatching(LotMap map, string text)
    {
        if (map.FindByCode(text) is { Status: SpaceCodeMatchStatus.Resolved, Space: { } exact })
        {
            return [exact.Id];
        }

        // Part of a code: only Latin letters, digits and separators, so no plate ("京A1") is read as one.
        if (text.Any(c => !char.IsAsciiLetterOrDigit(c) && c is not '-' and not ' ' and not '.' and not '_'))
        {
            return [];
        }

        var part = Compact(text);
        return part.Length == 0 ? [] : [.. map.Spaces.Where(s => Compact(s.Code).Contains(part, StringComparison.Ordinal)).Select(s => s.Id)];
    }

    private static string Compact(string code) => string.Concat(code.Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant));
}
