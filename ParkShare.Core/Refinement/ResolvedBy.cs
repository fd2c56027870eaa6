namespace ParkShare.Core.Refinement;

public enum ResolvedBy
{
    SpaceCode,
    Marker,
    MapPoint,
    Gps,
    Reservation,
}
