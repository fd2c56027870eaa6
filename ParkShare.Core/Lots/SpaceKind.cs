namespace ParkShare.Core.Lots;

public enum SpaceKind
{
    Standard,
    Ev,
    Accessible,
    Compact,
    Family,
}
