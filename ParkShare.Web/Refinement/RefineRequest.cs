namespace ParkShare.Web.Refinement;

/// <summary>POST /api/mp/refine body: a lot and a basic position.</summary>
public sealed record RefineRequest(string? LotId, PositionRequest? Position);
