namespace ParkShare.Core.Parking;

/// <summary>A space's live state, one character each on the wire: F, R, O, D.</summary>
public enum SpaceStateKind
{
    Free = 'F',
    Reserved = 'R',
    Occupied = 'O',
    Disabled = 'D',
}
