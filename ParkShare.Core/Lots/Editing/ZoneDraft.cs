using ParkShare.Core.Geometry;

namespace ParkShare.Core.Lots.Editing;

public sealed record ZoneDraft(Guid Id, string Code, string Name, string Color, Polygon2 Polygon);
