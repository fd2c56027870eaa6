namespace ParkShare.Core.Drivers;

/// <summary>Why a chosen name is refused.</summary>
public enum PersonNameError
{
    None,
    Empty,
    TooLong,
    ControlCharacter,
}
