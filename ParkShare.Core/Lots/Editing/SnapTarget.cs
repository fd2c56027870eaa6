using ParkShare.Core.Geometry;

namespace ParkShare.Core.Lots.Editing;

/// <summary>A point the pointer is pulled to, and the element it belongs to.</summary>
public readonly record struct SnapTarget(Point2 Point, SnapKind Kind, Guid? ElementId);
