using System.Text;
using Microsoft.AspNetCore.Components;
using ParkShare.Core.Lots.Editing;

namespace ParkShare.Web.Lots.Editing;

/// <summary>
/// A slice of the space layer. Drafts are immutable and an edit replaces only the spaces it changed, so a
/// slice whose spaces are the same instances (and equally selected) skips its render: dragging one space of
/// 2,000 redraws one slice. The slice is one markup string (see <see cref="SpaceShape"/>).
/// </summary>
public sealed partial class EditorSpaceChunk
{
    private SpaceDraft[] _spaces = [];
    private HashSet<Guid> _selected = [];
    private MarkupString _markup;
    private bool _changed = true;

    [Parameter, EditorRequired]
    public ArraySegment<SpaceDraft> Spaces { get; set; }

    [Parameter, EditorRequired]
    public IReadOnlySet<Guid> Selection { get; set; } = new HashSet<Guid>();

    protected override void OnParametersSet()
    {
        var selected = Selection.Count == 0 ? [] : Spaces.Where(s => Selection.Contains(s.Id)).Select(s => s.Id).ToHashSet();
        if (!SameInstances(Spaces, _spaces) || !selected.SetEquals(_selected))
        {
            _spaces = [.. Spaces];
            _selected = selected;
            _markup = Compose(_spaces, selected);
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

    private static MarkupString Compose(SpaceDraft[] spaces, HashSet<Guid> selected)
    {
        var html = new StringBuilder(spaces.Length * 160);
        foreach (var space in spaces)
        {
            var shape = SpaceShape.Of(space);
            html.Append(selected.Contains(space.Id) ? shape.SelectedMarkup : shape.Markup);
        }

        return new MarkupString(html.ToString());
    }

    private static bool SameInstances(ArraySegment<SpaceDraft> now, SpaceDraft[] before)
    {
        if (now.Count != before.Length)
        {
            return false;
        }

        for (var i = 0; i < before.Length; i++)
        {
            if (!ReferenceEquals(now[i], before[i]))
            {
                return false;
            }
        }

        return true;
    }
}
