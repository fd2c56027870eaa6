using ParkShare.Core.Geometry;

namespace ParkShare.Core.Lots;

/// <summary>A zone as held by the in-memory <see cref="LotMap"/>.</summary>
public sealed record ZoneEntry(Guid Id, string Code, string Name, string Color, Polygon2 Polygon);
