namespace ParkShare.Web.Refinement;

/// <summary>status "resolved" with a position, or "ambiguous" with ranked candidates.</summary>
public sealed record RefineResponse(string Status, DetailedPositionDto? Position, IReadOnlyList<DetailedPositionDto>? Candidates);
