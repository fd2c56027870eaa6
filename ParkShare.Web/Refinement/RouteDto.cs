namespace ParkShare.Web.Refinement;

public sealed record RouteDto(double DistanceMeters, IReadOnlyList<RouteStepDto> Steps, IReadOnlyList<RouteLegDto> Legs);
