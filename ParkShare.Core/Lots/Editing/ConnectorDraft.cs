namespace ParkShare.Core.Lots.Editing;

/// <summary>A connector as the console picks it: a kind, a name, a cost and the landmark it stops at on each served level.</summary>
public sealed record ConnectorDraft(ConnectorKind Kind, string? Name, double CostMeters, IReadOnlyList<Guid> LandmarkIds);
