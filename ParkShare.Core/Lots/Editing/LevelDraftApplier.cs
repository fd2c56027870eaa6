using ParkShare.Core.Data;

namespace ParkShare.Core.Lots.Editing;

/// <summary>
/// Writes a draft onto a tracked level through the domain methods. Two passes, each followed by a
/// SaveChanges in one transaction: first removals and temporary codes, so renumbering (A-001 and A-002
/// swapping) never trips the unique code index; then additions and changes.
/// </summary>
internal sealed class LevelDraftApplier(ParkShareDbContext db, Level level, LevelDraft draft)
{
    private readonly Dictionary<Guid, Zone> _zones = level.Zones.ToDictionary(z => z.Id);
    private readonly Dictionary<Guid, Space> _spaces = level.Spaces.ToDictionary(s => s.Id);
    private readonly Dictionary<Guid, Landmark> _landmarks = level.Landmarks.ToDictionary(l => l.Id);
    private readonly Dictionary<Guid, WalkwayNode> _nodes = level.WalkwayNodes.ToDictionary(n => n.Id);
    private readonly Dictionary<Guid, WalkwayEdge> _edges = level.WalkwayEdges.ToDictionary(e => e.Id);

    public IEnumerable<Guid> RemovedSpaceIds => _spaces.Keys.Except(draft.Spaces.Select(s => s.Id));

    public IEnumerable<Guid> RemovedNodeIds => _nodes.Keys.Except(draft.Nodes.Select(n => n.Id));

    public void RemoveAndFreeCodes()
    {
        var keep = draft.Edges.Select(e => e.Id).Concat(draft.Nodes.Select(n => n.Id)).Concat(draft.Spaces.Select(s => s.Id))
            .Concat(draft.Zones.Select(z => z.Id)).Concat(draft.Landmarks.Select(l => l.Id)).ToHashSet();
        foreach (var e in _edges.Values.Where(e => !keep.Contains(e.Id)))
        {
            level.RemoveEdge(e);
            db.Remove(e);
        }

        foreach (var n in _nodes.Values.Where(n => !keep.Contains(n.Id)))
        {
            level.RemoveNode(n);
            db.Remove(n);
        }

        foreach (var s in _spaces.Values.Where(s => !keep.Contains(s.Id)))
        {
            level.RemoveSpace(s);
            db.Remove(s);
        }

        foreach (var l in _landmarks.Values.Where(l => !keep.Contains(l.Id)))
        {
            level.RemoveLandmark(l);
            db.Remove(l);
        }

        foreach (var z in _zones.Values.Where(z => !keep.Contains(z.Id)))
        {
            level.RemoveZone(z);
            db.Remove(z);
        }

        foreach (var s in draft.Spaces.Where(d => _spaces.TryGetValue(d.Id, out var s) && s.Code != d.Code))
        {
            _spaces[s.Id].Recode(Temporary(s.Id), null, Temporary(s.Id));
        }

        foreach (var z in draft.Zones.Where(d => _zones.TryGetValue(d.Id, out var z) && z.Code != d.Code))
        {
            _zones[z.Id].Rename(Temporary(z.Id)[..16], z.Name, z.Color);
        }
    }

    public LevelEditSummary AddAndChange()
    {
        var outlineChanged = !level.Outline.Equals(draft.Outline);
        level.Reshape(draft.Outline);
        var zones = Sync(draft.Zones, d => d.Id, _zones, d => db.Add(level.PlaceZone(d.Id, d.Code, d.Name, d.Color, d.Polygon)), (z, d) =>
        {
            var changed = !z.Polygon.Equals(d.Polygon) || z.Name != d.Name || z.Color != d.Color || z.Code != d.Code;
            z.Reshape(d.Polygon);
            z.Rename(d.Code, d.Name, d.Color);
            return changed;
        });
        var spaces = Sync(draft.Spaces, d => d.Id, _spaces, d => db.Add(level.PlaceSpace(d.Id, d.ZoneId, d.Code, d.Number, d.Polygon, d.Kind, d.Reservable)).Entity.Relabel(d.Label), (s, d) =>
        {
            var changed = !s.Polygon.Equals(d.Polygon) || s.ZoneId != d.ZoneId || s.Label != d.Label || s.Kind != d.Kind || s.Reservable != d.Reservable || s.Number != d.Number || s.Code != d.Code;
            s.Reshape(d.Polygon);
            s.Recode(d.Code, d.Number, d.Label);
            s.MoveToZone(d.ZoneId);
            s.Reclassify(d.Kind, d.Reservable);
            return changed;
        });
        var landmarks = Sync(draft.Landmarks, d => d.Id, _landmarks, d => db.Add(level.PlaceLandmark(d.Id, d.Kind, d.Name, d.Point, d.MarkerCode)), (l, d) =>
        {
            var changed = l.Point != d.Point || l.Kind != d.Kind || l.Name != d.Name || l.MarkerCode != d.MarkerCode;
            l.MoveTo(d.Point);
            l.Describe(d.Kind, d.Name, d.MarkerCode);
            return changed;
        });
        var nodes = Sync(draft.Nodes, d => d.Id, _nodes, d => db.Add(level.PlaceNode(d.Id, d.Point, d.LandmarkId)), (n, d) =>
        {
            var changed = n.Point != d.Point || n.LandmarkId != d.LandmarkId;
            n.MoveTo(d.Point);
            n.AttachTo(d.LandmarkId);
            return changed;
        });
        var edges = Sync(draft.Edges, d => d.Id, _edges, d => db.Add(level.PlaceEdge(d.Id, d.FromNodeId, d.ToNodeId)), (_, _) => false);
        return new LevelEditSummary(level.Name, outlineChanged, zones, spaces, landmarks, nodes, edges);
    }

    private static ElementChanges Sync<TDraft, TEntity>(IReadOnlyList<TDraft> drafts, Func<TDraft, Guid> idOf, Dictionary<Guid, TEntity> stored, Action<TDraft> add, Func<TEntity, TDraft, bool> change)
        where TDraft : notnull
    {
        int added = 0, changed = 0;
        foreach (var d in drafts)
        {
            if (stored.TryGetValue(idOf(d), out var entity))
            {
                changed += change(entity, d) ? 1 : 0;
            }
            else
            {
                add(d);
                added++;
            }
        }

        var kept = drafts.Select(idOf).ToHashSet();
        return new ElementChanges(added, changed, stored.Keys.Count(k => !kept.Contains(k)));
    }

    private static string Temporary(Guid id) => "~" + id.ToString("N")[..30];
}
