using ParkShare.Core.Geometry;

namespace ParkShare.Core.Lots.Editing;

/// <summary>The walkway tool: click-click segments that join existing nodes and stand at landmarks.</summary>
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

    private LevelDraft WithNodeAt(Point2 p, out Guid nodeId)
    {
        if (NodeAt(p) is { } existing)
        {
            nodeId = existing.Id;
            return this;
        }

        var landmark = Landmarks.FirstOrDefault(l => l.Point.DistanceTo(p) < SameNodeDistance);
        var node = new WalkwayNodeDraft(Guid.CreateVersion7(), new Point2(Math.Round(p.X, 3), Math.Round(p.Y, 3)), landmark?.Id);
        nodeId = node.Id;
        return this with { Nodes = [.. Nodes, node] };
    }
}
