using ParkShare.Core.Lots.Editing;

namespace ParkShare.Web.Lots.Editing;

/// <summary>Validation of the current draft and the selection's upkeep after an edit.</summary>
public sealed partial class LevelEditor
{
    /// <summary>
    /// Small levels are checked at once; large ones off the render path and only after the first render,
    /// (see OnAfterRenderAsync), so opening and dragging redraw first. Results are kept per draft: undo and redo cost no check.
    /// </summary>
    private void Revalidate()
    {
        if (_checked.TryGetValue(Draft, out var known))
        {
            _issues = known;
        }
        else if (Draft.Spaces.Count <= BackgroundChecksFrom)
        {
            _issues = DraftValidator.Validate(Draft, _context.OtherLevelCodes);
            _checked.AddOrUpdate(Draft, _issues);
        }
        else
        {
            _checkPending = true;
        }
    }

    private async Task RevalidateAsync(LevelDraft draft)
    {
        var others = _context.OtherLevelCodes;
        var issues = await Task.Run(() => DraftValidator.Validate(draft, others));
        _checked.AddOrUpdate(draft, issues);
        if (ReferenceEquals(draft, Draft))
        {
            _issues = issues;
            await InvokeAsync(StateHasChanged);
        }
    }

    /// <summary>Drops selected ids the draft no longer has; one pass over the draft, not one lookup per selected id.</summary>
    private void PruneSelection()
    {
        if (_selection.Count == 0)
        {
            return;
        }

        var ids = Draft.Spaces.Select(s => s.Id).Concat(Draft.Zones.Select(z => z.Id)).Concat(Draft.Landmarks.Select(l => l.Id))
            .Concat(Draft.Nodes.Select(n => n.Id)).Concat(Draft.Edges.Select(e => e.Id)).Append(Draft.LevelId).ToHashSet();
        _selection.IntersectWith(ids);
    }
}
