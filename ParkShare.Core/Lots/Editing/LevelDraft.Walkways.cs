using ParkShare.Core.Geometry;

namespace ParkShare.Core.Lots.Editing;

/// <summary>
/// The walkway tool: click-click segments that join existing nodes and stand at landmarks. A point on the
/// middle of an existing segment splits it there, so a new branch joins the graph instead of crossing it.
/// </summary>
public sealed partial record LevelDraft
{
    /// <summary>Two points closer than this are the same node.</summary>
    public const double SameNodeDistance = 0.05;

    /// <summary>Adds a segment from <paramref name="from"/> to <paramref name="to"/>, reusing nodes already there.</summary>
    public LevelDraft AddWalkway(Point2 from, Point2 to)
    {
        if (!from.IsFinite || !to.IsFinite)
        {
            throw new DraftEditException("BadNumber");
        }

        if (from.DistanceTo(to) < SameNodeDistance)
        {
            return this;
        }

        var draft = WithNodeAt(from, out var a).WithNodeAt(to, out var b);
        if (draft.Edges.Any(e => (e.FromNodeId == a && e.ToNodeId == b) || (e.FromNodeId == b && e.ToNodeId == a)))
        {
            return draft;
        }

        return draft with { Edges = [.. draft.Edges, new WalkwayEdgeDraft(Guid.CreateVersion7(), a, b)] };
    }

    public WalkwayNodeDraft? NodeAt(Point2 p) => Nodes.FirstOrDefault(n => n.Point.DistanceTo(p) < SameNodeDistance);

    /// <summary>The segment passing within <paramref name="radius"/> of the point (nearest first), and the closest point on it.</summary>
    public (WalkwayEdgeDraft Edge, Point2 Point)? EdgeNear(Point2 p, double radius)
    {
        (WalkwayEdgeDraft, Point2)? best = null;
        var bestDistance = double.MaxValue;
        foreach (var edge in Edges)
        {
            if (Node(edge.FromNodeId) is not { } a || Node(edge.ToNodeId) is not { } b)
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
    public LevelDraft SplitWalkway(Guid edgeId, Point2 at, out Guid nodeId)
    {
        var edge = Edges.FirstOrDefault(e => e.Id == edgeId) ?? throw new DraftEditException("NoWalkway");
        var node = new WalkwayNodeDraft(Guid.CreateVersion7(), new Point2(Math.Round(at.X, 3), Math.Round(at.Y, 3)), null);
        nodeId = node.Id;
        var second = new WalkwayEdgeDraft(Guid.CreateVersion7(), node.Id, edge.ToNodeId);
        return this with
        {
            Nodes = [.. Nodes, node],
            Edges = [.. Edges.SelectMany(e => e.Id == edgeId ? new[] { e with { ToNodeId = node.Id }, second } : [e])],
        };
    }

    private LevelDraft WithNodeAt(Point2 p, out Guid nodeId)
    {
        if (NodeAt(p) is { } existing)
        {
            nodeId = existing.Id;
            return this;
        }

        if (EdgeNear(p, SameNodeDistance) is { } onEdge)
        {
            return SplitWalkway(onEdge.Edge.Id, onEdge.Point, out nodeId);
        }

        var landmark = Landmarks.FirstOrDefault(l => l.Point.DistanceTo(p) < SameNodeDistance);
        var node = new WalkwayNodeDraft(Guid.CreateVersion7(), new Point2(Math.Round(p.X, 3), Math.Round(p.Y, 3)), landmark?.Id);
        nodeId = node.Id;
        return this with { Nodes = [.. Nodes, node] };
    }
}
