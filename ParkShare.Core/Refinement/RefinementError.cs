namespace ParkShare.Core.Refinement;

/// <summary>Why a basic position could not be refined; each has its own message in every language.</summary>
public enum RefinementError
{
    None,
    InvalidSpaceCode,
    IncompleteSpaceCode,
    SpaceNotFound,
    MarkerNotFound,
    UnknownLevel,
    InvalidCoordinates,
    OutsideLot,
    NoSpaceNearby,
}
