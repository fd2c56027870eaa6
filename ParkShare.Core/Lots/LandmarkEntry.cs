using ParkShare.Core.Geometry;

namespace ParkShare.Core.Lots;

/// <summary>A landmark as held by the in-memory <see cref="LotMap"/>.</summary>
public sealed record LandmarkEntry(Guid Id, LevelMap Level, LandmarkKind Kind, string Name, Point2 Point, string? MarkerCode);
