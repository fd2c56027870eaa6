namespace ParkShare.Core.Refinement;

/// <summary>
/// What a typed space code says: an optional level, an optional zone letter and an optional number.
/// A level typed without a sign ("2C17") is <see cref="LevelSignKnown"/> false: it may be B2 or 2F.
/// </summary>
public readonly record struct ParsedSpaceCode(
    SpaceCodeParseStatus Status,
    int? Level,
    bool LevelSignKnown,
    char Zone,
    int Number)
{
    public static ParsedSpaceCode Invalid { get; } = new(SpaceCodeParseStatus.Invalid, null, false, '\0', 0);

    public bool HasZone => Zone != '\0';

    public bool HasNumber => Number > 0;
}
