namespace ParkShare.Core.Lots.Editing;

public enum DraftIssueKind
{
    SelfCrossing,
    ZeroSize,
    EmptyCode,
    CodeTooLong,
    CodeControlCharacters,
    DuplicateCode,
    Overlap,
    OutsideOutline,
    OutsideZone,
    Unreachable,
}
