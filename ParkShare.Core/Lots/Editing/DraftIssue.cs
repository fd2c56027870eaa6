using ParkShare.Core.Geometry;

namespace ParkShare.Core.Lots.Editing;

/// <summary>
/// One finding of <see cref="DraftValidator"/>: the element (id and what it is called), its bounding box
/// for "zoom to it", and whether it blocks saving. <see cref="Other"/> names the second element of a pair.
/// </summary>
public sealed record DraftIssue(DraftIssueKind Kind, Guid ElementId, string Element, Envelope2 Bounds, string? Other = null)
{
    /// <summary>Shapes that cannot be stored correctly and codes drivers could not type block a save; the rest are warnings.</summary>
    public bool Blocking => Kind is DraftIssueKind.SelfCrossing or DraftIssueKind.ZeroSize or DraftIssueKind.EmptyCode
        or DraftIssueKind.CodeTooLong or DraftIssueKind.CodeControlCharacters or DraftIssueKind.DuplicateCode;
}
