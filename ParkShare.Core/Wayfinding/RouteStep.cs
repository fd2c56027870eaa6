using ParkShare.Core.Lots;

namespace ParkShare.Core.Wayfinding;

/// <summary>
/// One instruction of a route, kept structured so each language phrases it its own way.
/// </summary>
public sealed record RouteStep(
    RouteStepKind Kind,
    Guid LevelId,
    string LevelName,
    double DistanceMeters = 0,
    TurnDirection Turn = TurnDirection.None,
    LandmarkKind? LandmarkKind = null,
    string? LandmarkName = null,
    ConnectorKind? Connector = null,
    string? TargetLevelName = null,
    string? SpaceCode = null);
