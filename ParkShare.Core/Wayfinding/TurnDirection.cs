namespace ParkShare.Core.Wayfinding;

public enum TurnDirection
{
    None,
    Straight,
    Left,
    Right,
    Back,
}
