using ParkShare.Core.Geometry;

namespace ParkShare.Core.Lots.Editing;

/// <summary>Where spaces lie: overlaps, outside the outline or every zone, beyond the walkways' reach.</summary>
public static partial class DraftValidator
{
    /// <summary>A space whose front is farther than this from every reachable walkway node is unreachable.</summary>
    public const double MaxAccessDistance = 15;

    private static void CheckOverlaps(List<DraftIssue> issues, IReadOnlyList<SpaceDraft> spaces)
    {
        foreach (var (a, b) in SpaceOverlaps.Find(spaces))
        {
            issues.Add(new DraftIssue(DraftIssueKind.Overlap, a.Id, Shorten(a.Code), a.Polygon.Envelope.Union(b.Polygon.Envelope), Shorten(b.Code)));
        }
    }

    private static void CheckPlacement(List<DraftIssue> issues, LevelDraft draft)
    {
        foreach (var space in draft.Spaces)
        {
            if (!space.Polygon.IsWithin(draft.Outline))
            {
                issues.Add(new DraftIssue(DraftIssueKind.OutsideOutline, space.Id, Shorten(space.Code), space.Polygon.Envelope));
            }

            var centre = space.Polygon.Centroid;
            if (!draft.Zones.Any(z => z.Polygon.Contains(centre)))
            {
                issues.Add(new DraftIssue(DraftIssueKind.OutsideZone, space.Id, Shorten(space.Code), space.Polygon.Envelope));
            }
        }
    }

    private static void CheckReachability(List<DraftIssue> issues, LevelDraft draft)
    {
        var reachable = ReachableNodes(draft).Select(id => draft.Node(id)!.Point).ToArray();
        foreach (var space in draft.Spaces)
        {
            var front = space.Front;
            if (!reachable.Any(p => p.DistanceTo(front) <= MaxAccessDistance))
            {
                issues.Add(new DraftIssue(DraftIssueKind.Unreachable, space.Id, Shorten(space.Code), space.Polygon.Envelope));
            }
        }
    }

    /// <summary>Nodes a walker reaches from where people arrive on a level: entrances, exits, elevators, stairs and ramps.</summary>
    public static IReadOnlySet<Guid> ReachableNodes(LevelDraft draft)
    {
        var arrivals = draft.Landmarks.Where(l => l.Kind is not (LandmarkKind.Pillar or LandmarkKind.PayStation)).Select(l => l.Id).ToHashSet();
        var neighbours = draft.Edges.SelectMany(e => new[] { (e.FromNodeId, e.ToNodeId), (e.ToNodeId, e.FromNodeId) })
            .ToLookup(t => t.Item1, t => t.Item2);
        var seen = draft.Nodes.Where(n => n.LandmarkId is { } l && arrivals.Contains(l)).Select(n => n.Id).ToHashSet();
        var queue = new Queue<Guid>(seen);
        while (queue.TryDequeue(out var node))
        {
            foreach (var next in neighbours[node])
            {
                if (seen.Add(next))
                {
                    queue.Enqueue(next);
                }
            }
        }

        seen.IntersectWith(draft.Nodes.Select(n => n.Id));
        return seen;
    }
}
