using ParkShare.Core.Geometry;

namespace ParkShare.Core.Lots.Editing;

/// <summary>A landmark in the editor; pillars carry the marker code printed on them.</summary>
public sealed record LandmarkDraft(Guid Id, LandmarkKind Kind, string Name, Point2 Point, string? MarkerCode);
