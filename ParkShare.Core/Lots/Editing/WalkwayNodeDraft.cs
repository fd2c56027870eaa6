using ParkShare.Core.Geometry;

namespace ParkShare.Core.Lots.Editing;

public sealed record WalkwayNodeDraft(Guid Id, Point2 Point, Guid? LandmarkId);
