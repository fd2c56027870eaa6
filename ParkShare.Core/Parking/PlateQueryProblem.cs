namespace ParkShare.Core.Parking;

/// <summary>Why a plate typed into a staff search is refused before anything is searched or written.</summary>
public enum PlateQueryProblem
{
    Empty,
    TooLong,
    ControlCharacters,
}
