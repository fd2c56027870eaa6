namespace ParkShare.Web.Parking;

/// <summary>
/// What the reservations page's search box asked for: spaces (a code, or part of one), drivers who used a plate in
/// the lot (that search is in the lot's history), or a message for the field. Nothing set: no search.
/// </summary>
public sealed record ReservationSearchResult(
    IReadOnlyCollection<Guid>? SpaceIds = null, IReadOnlyCollection<Guid>? DriverIds = null, string? PlateKey = null, string? ProblemKey = null)
{
    public static ReservationSearchResult None { get; } = new();
}
