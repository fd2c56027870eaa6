using ParkShare.Core.Geometry;

namespace ParkShare.Core.Wayfinding;

/// <summary>The part of a route drawn on one level's map.</summary>
public sealed record RouteLeg(Guid LevelId, string LevelName, IReadOnlyList<Point2> Points);
