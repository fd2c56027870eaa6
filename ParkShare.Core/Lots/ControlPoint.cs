using ParkShare.Core.Geometry;

namespace ParkShare.Core.Lots;

/// <summary>A point known both on the lot's plan (lot-local units) and on the earth (WGS84).</summary>
public sealed record ControlPoint(Point2 Local, GeoPoint Wgs84);
