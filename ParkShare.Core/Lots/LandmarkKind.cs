namespace ParkShare.Core.Lots;

public enum LandmarkKind
{
    Entrance,
    Exit,
    Elevator,
    Stairs,
    Ramp,
    PayStation,
    Pillar,
}
