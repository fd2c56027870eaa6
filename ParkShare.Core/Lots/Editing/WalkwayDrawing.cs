using ParkShare.Core.Geometry;

namespace ParkShare.Core.Lots.Editing;

/// <summary>
/// The walkway tool: click-click segments that join existing nodes and stand at landmarks. A point on the
/// middle of an existing segment splits it there, so a new branch joins the graph instead of crossing it.
/// </summary>
public static class WalkwayDrawing
{
    /// <summary>Two points closer than this are the same node.</summary>
    public const double SameNodeDistance = 0.05;

    /// <summary>Adds a segment from <paramref name="from"/> to <paramref name="to"/>, reusing nodes already there.</summary>
    public static LevelDraft AddWalkway(this LevelDraft draft, Point2 from, Point2 to)
    {
        if (!from.IsFinite || !to.IsFinite)
        {
            throw new DraftEditException("BadNumber");
        }

        if (from.DistanceTo(to) < SameNodeDistance)
        {
            return draft;
        }

        var joined = draft.WithNodeAt(from, out var a).WithNodeAt(to, out var b);
        if (joined.Edges.Any(e => (e.FromNodeId == a && e.ToNodeId == b) || (e.FromNodeId == b && e.ToNodeId == a)))
        {
            return joined;
        }

        return joined with { Edges = [.. joined.Edges, new WalkwayEdgeDraft(Guid.CreateVersion7(), a, b)] };
    }

    public static WalkwayNodeDraft? NodeAt(this LevelDraft draft, Point2 p) => draft.Nodes.FirstOrDefault(n => n.Point.DistanceTo(p) < SameNodeDistance);

    /// <summary>The segment passing within <paramref name="radius"/> of the point (nearest first), and the closest point on it.</summary>
    public static (WalkwayEdgeDraft Edge, Point2 Point)? EdgeNear(this LevelDraft draft, Point2 p, double radius)
    {
        (WalkwayEdgeDraft, Point2)? best = null;
        var bestDistance = double.MaxValue;
        foreach (var edge in draft.Edges)
        {
            if (draft.Node(edge.FromNodeId) is not { } a || draft.Node(edge.ToNodeId) is not { } b)
            {
                continue;
            }

            var on = Segment2.ClosestPoint(p, a.Point, b.Point);
            var d = on.DistanceTo(p);
            if (d <= radius && d < bestDistance)
            {
                (best, bestDistance) = ((edge, on), d);
            }
        }

        return best;
    }

    /// <summary>Splits the segment at the point into two, joined by a new node there; the segment's id goes with the first half.</summary>
    public static LevelDraft SplitWalkway(this LevelDraft draft, Guid edgeId, Point2 at, out Guid nodeId)
    {
        var edge = draft.Edges.FirstOrDefault(e => e.Id == edgeId) ?? throw new DraftEditException("NoWalkway");
        var node = new WalkwayNodeDraft(Guid.CreateVersion7(), DraftPolygons.Rounded(at), null);
        nodeId = node.Id;
        var second = new WalkwayEdgeDraft(Guid.CreateVersion7(), node.Id, edge.ToNodeId);
        return draft with
        {
            Nodes = [.. draft.Nodes, node],
            Edges = [.. draft.Edges.SelectMany(e => e.Id == edgeId ? new[] { e with { ToNodeId = node.Id }, second } : [e])],
        };
    }

    private static LevelDraft WithNodeAt(this LevelDraft draft, Point2 p, out Guid nodeId)
    {
        if (draft.NodeAt(p) is { } existing)
        {
            nodeId = existing.Id;
            return draft;
        }

        if (draft.EdgeNear(p, SameNodeDistance) is { } onEdge)
        {
            return draft.SplitWalkway(onEdge.Edge.Id, onEdge.Point, out nodeId);
        }

        var landmark = draft.Landmarks.FirstOrDefault(l => l.Point.DistanceTo(p) < SameNodeDistance);
        var node = new WalkwayNodeDraft(Guid.CreateVersion7(), DraftPolygons.Rounded(p), landmark?.Id);
        nodeId = node.Id;
        return draft with { Nodes = [.. draft.Nodes, node] };
    }
}
