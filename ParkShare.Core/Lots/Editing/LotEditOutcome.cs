using ParkShare.Core.Lots.History;

namespace ParkShare.Core.Lots.Editing;

/// <summary>
/// The result of an edit: refused with an error (and details such as the colliding codes), or done,
/// with the history entry it writes and the id of what it created.
/// </summary>
public sealed record LotEditOutcome(LotEditError Error, IReadOnlyList<string> Details, LotChangeKind Kind, string Summary, Guid? Id)
{
    public bool Succeeded => Error == LotEditError.None;

    public static LotEditOutcome Refused(LotEditError error, params IReadOnlyList<string> details) =>
        new(error, details, default, string.Empty, null);

    public static LotEditOutcome Changed(LotChangeKind kind, string summary, Guid? id = null) =>
        new(LotEditError.None, [], kind, summary, id);
}
