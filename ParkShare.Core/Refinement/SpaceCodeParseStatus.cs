namespace ParkShare.Core.Refinement;

public enum SpaceCodeParseStatus
{
    /// <summary>Not a space code: stray characters, two numbers, letters after the number...</summary>
    Invalid,

    /// <summary>A level (and maybe a zone) but no space number.</summary>
    Incomplete,

    /// <summary>At least a number, with whatever level and zone were given.</summary>
    Parsed,
}
