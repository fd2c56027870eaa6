namespace ParkShare.Core.Lots;

public enum SpaceCodeMatchStatus
{
    /// <summary>Exactly one space fits the code.</summary>
    Resolved,

    /// <summary>Several spaces fit; the caller lists them.</summary>
    Ambiguous,

    /// <summary>The code names a level or zone but no number.</summary>
    Incomplete,

    /// <summary>The code reads well but no space fits it.</summary>
    NotFound,

    /// <summary>The text is not a space code.</summary>
    Invalid,
}
