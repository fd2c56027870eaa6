namespace ParkShare.Core.Occupancy;

public enum OccupancyItemErrorKind
{
    SpaceRequired,
    UnknownSpace,
    OccupiedRequired,
    ObservedAtRequired,
    ObservedAtInFuture,
    SourceInvalid,
}
