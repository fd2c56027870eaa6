using Microsoft.AspNetCore.Components;
using ParkShare.Core.Lots.Editing;

namespace ParkShare.Web.Lots.Editing;

/// <summary>
/// The selection's panel: the one selected space, zone or landmark in its own form (<see cref="SpaceProperties"/>,
/// <see cref="ZoneProperties"/>, <see cref="LandmarkProperties"/>), and renumbering for any selected spaces
/// (<see cref="RenumberSpaces"/>). "Apply" and "renumber" are single undoable steps of the editor.
/// </summary>
public sealed partial class EditorProperties
{
    private string _selectionKey = string.Empty;
    private SpaceDraft? _space;
    private ZoneDraft? _zone;
    private LandmarkDraft? _landmark;
    private IReadOnlyList<SpaceDraft> _spaces = [];
    private bool _unchanged;

    [Parameter, EditorRequired]
    public LevelDraft Draft { get; set; } = default!;

    [Parameter, EditorRequired]
    public IReadOnlyCollection<Guid> Selection { get; set; } = [];

    [Parameter]
    public EventCallback<Func<LevelDraft, LevelDraft>> OnEdit { get; set; }

    protected override void OnParametersSet()
    {
        // The forms are handed new values only when the selection (or the selected element itself) changes, so typing is never overwritten.
        var single = Selection.Count == 1 ? Selection.First() : Guid.Empty;
        _space = Draft.Space(single);
        _zone = Draft.Zone(single);
        _landmark = Draft.Landmark(single);
        var key = string.Join(',', Selection.Order()) + "|" + (_space as object ?? _zone as object ?? _landmark)?.GetHashCode()
            + "|" + Draft.Spaces.Count + "," + Draft.Zones.Count + "," + Draft.Landmarks.Count;
        _unchanged = key == _selectionKey;
        if (!_unchanged)
        {
            _selectionKey = key;
            _spaces = [.. Draft.Spaces.Where(s => Selection.Contains(s.Id))];
        }
    }

    /// <summary>The editor re-renders for every edit; this panel only when what it shows changed (or for its own events).</summary>
    protected override bool ShouldRender()
    {
        var render = !_unchanged;
        _unchanged = false;
        return render;
    }
}
