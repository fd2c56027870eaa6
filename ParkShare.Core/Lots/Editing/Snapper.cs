using ParkShare.Core.Geometry;

namespace ParkShare.Core.Lots.Editing;

/// <summary>Snapping: existing walkway nodes first, then landmarks, then space fronts, then the grid.</summary>
public static class Snapper
{
    public static IEnumerable<SnapTarget> Targets(LevelDraft draft) =>
        draft.Nodes.Select(n => new SnapTarget(n.Point, SnapKind.Node, n.Id))
            .Concat(draft.Landmarks.Select(l => new SnapTarget(l.Point, SnapKind.Landmark, l.Id)))
            .Concat(draft.Spaces.Select(s => new SnapTarget(s.Front, SnapKind.SpaceFront, s.Id)));

    public static SnapTarget Snap(LevelDraft draft, Point2 p, SnapOptions options)
    {
        if (!options.Enabled || !p.IsFinite)
        {
            return new SnapTarget(p, SnapKind.None, null);
        }

        SnapTarget? best = null;
        var bestRank = int.MaxValue;
        var bestDistance = double.MaxValue;
        foreach (var target in Targets(draft))
        {
            var d = target.Point.DistanceTo(p);
            var rank = Rank(target.Kind);
            if (d <= options.Radius && (rank < bestRank || (rank == bestRank && d < bestDistance)))
            {
                (best, bestRank, bestDistance) = (target, rank, d);
            }
        }

        return best ?? new SnapTarget(ToGrid(p, options.GridStep), SnapKind.Grid, null);
    }

    /// <summary>
    /// The walkway tool's snap: as <see cref="Snap"/>, but a point near the middle of an existing segment lands
    /// on it (the grid point projected onto it), so the click splits that segment.
    /// </summary>
    public static SnapTarget SnapWalkway(LevelDraft draft, Point2 p, SnapOptions options)
    {
        var snapped = Snap(draft, p, options);
        if (snapped.Kind is not SnapKind.Grid || draft.EdgeNear(p, options.Radius) is not { } near)
        {
            return snapped;
        }

        // The grid point projected onto the segment: on grid-aligned walkways it is the grid point itself.
        var on = Segment2.ClosestPoint(snapped.Point, draft.Node(near.Edge.FromNodeId)!.Point, draft.Node(near.Edge.ToNodeId)!.Point);
        var point = new Point2(Math.Round(on.X, 3), Math.Round(on.Y, 3));
        return new SnapTarget(point, SnapKind.Walkway, near.Edge.Id);
    }

    public static Point2 ToGrid(Point2 p, double step) =>
        step > 0 ? new(Math.Round(Math.Round(p.X / step) * step, 3), Math.Round(Math.Round(p.Y / step) * step, 3)) : p;

    /// <summary>A move or drag distance rounded to whole grid steps, so grid-aligned shapes stay aligned.</summary>
    public static double ToGrid(double d, SnapOptions options) =>
        options.Enabled && options.GridStep > 0 ? Math.Round(Math.Round(d / options.GridStep) * options.GridStep, 3) : Math.Round(d, 3);

    private static int Rank(SnapKind kind) => kind switch
    {
        SnapKind.Node => 0,
        SnapKind.Landmark => 1,
        SnapKind.SpaceFront => 2,
        _ => 3,
    };
}
