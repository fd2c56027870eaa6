namespace ParkShare.Web.Refinement;

public sealed record RouteLegDto(string LevelId, IReadOnlyList<double[]> Points);
