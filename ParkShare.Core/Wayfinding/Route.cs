namespace ParkShare.Core.Wayfinding;

/// <summary>A walking route from an entrance (or elevator) to a space, across levels.</summary>
public sealed record Route(double DistanceMeters, IReadOnlyList<RouteLeg> Legs, IReadOnlyList<RouteStep> Steps);
