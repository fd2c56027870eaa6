namespace ParkShare.Core.Refinement;

internal enum SpaceCodeTokenKind : byte
{
    End,
    Number,
    Letter,
    Basement,
    FloorSuffix,
    ZoneSuffix,
    NumberSuffix,
    LevelWord,
    Separator,
    Invalid,
}
