using ParkShare.Core.Parking;

namespace ParkShare.Web.Parking;

/// <summary>A console plate search: what it found, why the query was refused, or that the lot is not the user's (nothing searched, nothing written).</summary>
public sealed record PlateSearchOutcome(PlateMatches? Matches, PlateQueryProblem? Problem, bool NotFound = false)
{
    public static PlateSearchOutcome Found(PlateMatches matches) => new(matches, null);

    public static PlateSearchOutcome Refused(PlateQueryProblem problem) => new(null, problem);

    public static PlateSearchOutcome LotNotFound { get; } = new(null, null, NotFound: true);

    /// <summary>The string-table key of the message shown beside the field, for a refused query.</summary>
    public string? ProblemKey => Problem is { } p ? $"PlateSearch.{p}" : null;
}
