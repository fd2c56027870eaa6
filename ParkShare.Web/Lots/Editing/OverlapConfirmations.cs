using ParkShare.Core.Lots.Editing;

namespace ParkShare.Web.Lots.Editing;

/// <summary>
/// The save's overlap check. The overlaps the operator has said yes to since the last save (the row tool's
/// confirmation, or the save's own prompt) pass; any other overlap an edit created (a move, a resize, a rotation,
/// a new space) holds the save and asks (<see cref="EditorOverlapPrompt"/>). Overlaps already stored are not asked
/// about again.
/// </summary>
public sealed class OverlapConfirmations
{
    private readonly HashSet<(Guid, Guid)> _confirmed = [];
    private (LevelDraft Draft, IReadOnlyList<SpaceOverlap> Overlaps)? _held;

    /// <summary>The overlaps <paramref name="draft"/> adds to <paramref name="saved"/> that nobody has confirmed yet.</summary>
    public IReadOnlyList<SpaceOverlap> Unconfirmed(LevelDraft saved, LevelDraft draft) =>
        [.. SpaceOverlaps.Created(saved, draft).Where(o => !_confirmed.Contains(o.Key))];

    /// <summary>True when <paramref name="draft"/> may be saved now; otherwise it is held with the overlaps to confirm.</summary>
    public bool MaySave(LevelDraft saved, LevelDraft draft)
    {
        var unconfirmed = Unconfirmed(saved, draft);
        _held = unconfirmed.Count > 0 ? (draft, unconfirmed) : null;
        return _held is null;
    }

    /// <summary>The overlaps to confirm while the held draft is still the one drawn; any further edit drops the question.</summary>
    public IReadOnlyList<SpaceOverlap>? HeldFor(LevelDraft current) =>
        _held is { } held && ReferenceEquals(held.Draft, current) ? held.Overlaps : null;

    public void Confirm(IEnumerable<SpaceOverlap> overlaps)
    {
        _confirmed.UnionWith(overlaps.Select(o => o.Key));
        _held = null;
    }

    /// <summary>Confirms the overlaps an edit the operator already confirmed (a row over existing spaces) created.</summary>
    public void Confirm(LevelDraft before, LevelDraft after) => Confirm(SpaceOverlaps.Created(before, after));

    public void Dismiss() => _held = null;

    /// <summary>After a save or a reload the stored level is the new baseline.</summary>
    public void Clear()
    {
        _confirmed.Clear();
        _held = null;
    }
}
