using ParkShare.Core.Geometry;
using ParkShare.Core.Lots;

namespace ParkShare.Core.Wayfinding;

public sealed partial class WalkwayGraph
{
    private const double StraightToleranceDegrees = 30;

    /// <summary>
    /// The route from the best source to <paramref name="node"/>, then on to <paramref name="destination"/>
    /// (the space itself); null when the node cannot be reached.
    /// </summary>
    public Route? RouteTo(int node, Point2 destination, string spaceCode)
    {
        if (!IsReachable(node))
        {
            return null;
        }

        var path = new List<int>();
        for (var v = node; v >= 0; v = _previous[v])
        {
            path.Add(v);
        }

        path.Reverse();
        var legs = new List<RouteLeg>();
        var steps = new List<RouteStep>();
        var first = _landmarkAt[path[0]];
        var startLevel = _levels[_levelOf[path[0]]];
        steps.Add(new RouteStep(RouteStepKind.Start, startLevel.Id, startLevel.Name,
            LandmarkKind: first?.Kind, LandmarkName: first?.Name));

        var legStart = 0;
        for (var i = 1; i <= path.Count; i++)
        {
            var atEnd = i == path.Count;
            if (!atEnd && _previousConnector[path[i]] < 0)
            {
                continue;
            }

            var points = path.Skip(legStart).Take(i - legStart).Select(PointOf).ToList();
            var level = _levels[_levelOf[path[legStart]]];
            if (atEnd && destination.DistanceTo(points[^1]) > 0.01)
            {
                points.Add(destination);
            }

            legs.Add(new RouteLeg(level.Id, level.Name, Simplify(points)));
            AddWalkSteps(steps, level, legs[^1].Points, atEnd ? null : _landmarkAt[path[i - 1]], atEnd ? spaceCode : null);
            if (!atEnd)
            {
                var (kind, name) = _connectors[_previousConnector[path[i]]];
                var target = _levels[_levelOf[path[i]]];
                if (steps[^1] is { Kind: RouteStepKind.Take } take && take.LandmarkName == name && take.Connector == kind)
                {
                    steps[^1] = take with { TargetLevelName = target.Name };
                }
                else
                {
                    steps.Add(new RouteStep(RouteStepKind.Take, level.Id, level.Name, Connector: kind, LandmarkName: name, TargetLevelName: target.Name));
                }

                legStart = i;
            }
        }

        var total = _distance[node] + PointOf(node).DistanceTo(destination);
        return new Route(Math.Round(total, 1), legs.Where(l => l.Points.Count > 1 || legs.Count == 1).ToList(), steps);
    }

    private static void AddWalkSteps(List<RouteStep> steps, GraphLevelInfo level, IReadOnlyList<Point2> pts, (LandmarkKind Kind, string Name)? endLandmark, string? spaceCode)
    {
        // The last few metres into the space are the arrival, not a walk of their own.
        var walkEnd = spaceCode is null ? pts.Count : pts.Count - 1;
        for (var i = 1; i < walkEnd; i++)
        {
            var turn = i >= 2 ? Classify(Segment2.TurnDegrees(pts[i - 2], pts[i - 1], pts[i])) : TurnDirection.None;
            var last = i == walkEnd - 1;
            steps.Add(new RouteStep(RouteStepKind.Walk, level.Id, level.Name,
                DistanceMeters: Math.Round(pts[i - 1].DistanceTo(pts[i])),
                Turn: turn,
                LandmarkKind: last ? endLandmark?.Kind : null,
                LandmarkName: last ? endLandmark?.Name : null,
                SpaceCode: last ? spaceCode : null));
        }

        if (spaceCode is not null)
        {
            var side = pts.Count >= 3 ? Classify(Segment2.TurnDegrees(pts[^3], pts[^2], pts[^1])) : TurnDirection.None;
            steps.Add(new RouteStep(RouteStepKind.Arrive, level.Id, level.Name, Turn: side, SpaceCode: spaceCode));
        }
    }

    private static TurnDirection Classify(double degrees) => Math.Abs(degrees) switch
    {
        < StraightToleranceDegrees => TurnDirection.Straight,
        > 150 => TurnDirection.Back,
        _ => degrees > 0 ? TurnDirection.Left : TurnDirection.Right,
    };

    /// <summary>Drops intermediate points of straight runs so steps describe whole runs.</summary>
    private static List<Point2> Simplify(List<Point2> points)
    {
        if (points.Count < 3)
        {
            return points;
        }

        var result = new List<Point2> { points[0] };
        for (var i = 1; i < points.Count - 1; i++)
        {
            if (Math.Abs(Segment2.TurnDegrees(result[^1], points[i], points[i + 1])) > 1)
            {
                result.Add(points[i]);
            }
        }

        result.Add(points[^1]);
        return result;
    }
}
