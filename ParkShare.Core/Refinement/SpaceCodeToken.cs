namespace ParkShare.Core.Refinement;

/// <summary>One lexical unit of a typed space code; unmanaged so a code tokenizes on the stack.</summary>
internal readonly record struct SpaceCodeToken(SpaceCodeTokenKind Kind, int Value, char Letter)
{
    public static SpaceCodeToken Of(SpaceCodeTokenKind kind) => new(kind, 0, '\0');
}
