using ParkShare.Core.Geometry;
using ParkShare.Core.Lots.Editing;

namespace ParkShare.Web.Lots.Editing;

/// <summary>
/// The editor's selection rules, over the set of selected element ids: a click picks one element (with Shift it
/// toggles it), a rubber band takes what lies wholly inside it, and an edit drops the ids its draft no longer has.
/// </summary>
public static class EditorSelection
{
    public static void Pick(this HashSet<Guid> selection, Guid? id, bool add)
    {
        if (!add)
        {
            selection.Clear();
        }

        if (id is { } picked && !selection.Remove(picked))
        {
            selection.Add(picked);
        }
    }

    /// <param name="band">The band in level metres (y = north).</param>
    public static void Band(this HashSet<Guid> selection, LevelDraft draft, Envelope2 band, bool add)
    {
        bool Inside(Envelope2 e) => band.Contains(new Point2(e.MinX, e.MinY)) && band.Contains(new Point2(e.MaxX, e.MaxY));
        if (!add)
        {
            selection.Clear();
        }

        selection.UnionWith(draft.Spaces.Where(s => Inside(s.Polygon.Envelope)).Select(s => s.Id));
        selection.UnionWith(draft.Zones.Where(z => Inside(z.Polygon.Envelope)).Select(z => z.Id));
        selection.UnionWith(draft.Landmarks.Where(l => band.Contains(l.Point)).Select(l => l.Id));
        selection.UnionWith(draft.Nodes.Where(n => band.Contains(n.Point)).Select(n => n.Id));
    }

    /// <summary>Drops ids <paramref name="draft"/> no longer has; one pass over the draft, not one lookup per selected id.</summary>
    public static void Prune(this HashSet<Guid> selection, LevelDraft draft)
    {
        if (selection.Count == 0)
        {
            return;
        }

        var ids = draft.Spaces.Select(s => s.Id).Concat(draft.Zones.Select(z => z.Id)).Concat(draft.Landmarks.Select(l => l.Id))
            .Concat(draft.Nodes.Select(n => n.Id)).Concat(draft.Edges.Select(e => e.Id)).Append(draft.LevelId).ToHashSet();
        selection.IntersectWith(ids);
    }
}
