using Microsoft.AspNetCore.Components;
using ParkShare.Core.Lots.Editing;

namespace ParkShare.Web.Lots.Editing;

/// <summary>
/// The space layer: thousands of spaces are the bulk of the editor's markup, so this layer renders only
/// when the spaces list itself (a new draft's list) or the selected spaces change, never for a tool switch,
/// a message or a finished background validation; and then only the slices (<see cref="EditorSpaceChunk"/>)
/// whose spaces changed.
/// </summary>
public sealed partial class EditorSpaces
{
    private const int ChunkSize = 100;
    private IReadOnlyList<SpaceDraft>? _renderedSpaces;
    private SpaceDraft[] _spaces = [];
    private HashSet<Guid> _renderedSelection = [];
    private bool _changed = true;

    [Parameter, EditorRequired]
    public IReadOnlyList<SpaceDraft> Spaces { get; set; } = [];

    /// <summary>The editor's selection (any element kind); only the spaces in it matter here.</summary>
    [Parameter, EditorRequired]
    public IReadOnlyCollection<Guid> Selection { get; set; } = [];

    protected override void OnParametersSet()
    {
        var selected = Selection.Count == 0 ? [] : Selection.ToHashSet();
        if (!ReferenceEquals(_renderedSpaces, Spaces) || !selected.SetEquals(_renderedSelection))
        {
            _renderedSpaces = Spaces;
            _spaces = [.. Spaces];
            _renderedSelection = selected;
            _changed = true;
        }
    }

    /// <summary>One render per change, even when the editor hands the same parameters twice in one batch.</summary>
    protected override bool ShouldRender()
    {
        var changed = _changed;
        _changed = false;
        return changed;
    }

    protected override void OnAfterRender(bool firstRender) => _changed = false;
}
