using ParkShare.Core.Geometry;
using ParkShare.Core.Lots;
using ParkShare.Core.Wayfinding;

namespace ParkShare.Core.Refinement;

/// <summary>
/// Where the car is, in full: the space (with its level and zone), lot-local and WGS84 coordinates,
/// the nearest landmark and the walking route from the lot's entrance.
/// </summary>
public sealed record DetailedPosition(
    LotMap Lot,
    SpaceEntry Space,
    Point2 Local,
    GeoPoint Wgs84,
    LandmarkEntry? NearestLandmark,
    double NearestLandmarkDistance,
    Route? Route,
    ResolvedBy ResolvedBy)
{
    public LevelMap Level => Space.Level;

    public ZoneEntry? Zone => Space.Zone;
}
