using ParkShare.Core.Geometry;
using ParkShare.Core.Lots;

namespace ParkShare.Core.Wayfinding;

/// <summary>
/// The lot's pedestrian graph in flat arrays, with shortest paths from the lot's entrances
/// (or, lacking any, its elevators) precomputed once per lot version by a multi-source Dijkstra.
/// A route to any node is then a walk back along the predecessor chain.
/// </summary>
public sealed partial class WalkwayGraph
{
    private readonly Point2[] _points;
    private readonly int[] _levelOf;
    private readonly GraphLevelInfo[] _levels;
    private readonly (LandmarkKind Kind, string Name)?[] _landmarkAt;
    private readonly int[] _adjStart;
    private readonly int[] _adjTarget;
    private readonly double[] _adjWeight;
    private readonly int[] _adjConnector;
    private readonly (ConnectorKind Kind, string Name)[] _connectors;
    private readonly double[] _distance;
    private readonly int[] _previous;
    private readonly int[] _previousConnector;
    private readonly Dictionary<Guid, int> _indexOf;

    public WalkwayGraph(Lot lot)
    {
        var nodes = lot.Levels.SelectMany(l => l.WalkwayNodes).ToArray();
        _indexOf = new Dictionary<Guid, int>(nodes.Length);
        for (var i = 0; i < nodes.Length; i++)
        {
            _indexOf[nodes[i].Id] = i;
        }

        _levels = [.. lot.Levels.Select(l => new GraphLevelInfo(l.Id, l.Name))];
        var levelIndex = lot.Levels.Select((l, i) => (l.Id, i)).ToDictionary(t => t.Id, t => t.i);
        var landmarks = lot.Levels.SelectMany(l => l.Landmarks).ToDictionary(l => l.Id);
        _points = [.. nodes.Select(n => n.Point)];
        _levelOf = [.. nodes.Select(n => levelIndex[n.LevelId])];
        _landmarkAt = [.. nodes.Select(n => n.LandmarkId is { } id && landmarks.TryGetValue(id, out var l)
            ? ((LandmarkKind, string)?)(l.Kind, l.Name) : null)];
        _connectors = [.. lot.Connectors.Select(c => (c.Kind, c.Name))];

        var edges = new List<(int From, int To, double Weight, int Connector)>();
        foreach (var e in lot.Levels.SelectMany(l => l.WalkwayEdges))
        {
            if (_indexOf.TryGetValue(e.FromNodeId, out var a) && _indexOf.TryGetValue(e.ToNodeId, out var b))
            {
                var w = _points[a].DistanceTo(_points[b]);
                edges.Add((a, b, w, -1));
                edges.Add((b, a, w, -1));
            }
        }

        for (var c = 0; c < lot.Connectors.Count; c++)
        {
            var con = lot.Connectors[c];
            if (_indexOf.TryGetValue(con.FromNodeId, out var a) && _indexOf.TryGetValue(con.ToNodeId, out var b))
            {
                edges.Add((a, b, con.CostMeters, c));
                edges.Add((b, a, con.CostMeters, c));
            }
        }

        (_adjStart, _adjTarget, _adjWeight, _adjConnector) = BuildAdjacency(nodes.Length, edges);
        (_distance, _previous, _previousConnector) = ShortestPathsFrom(SourceNodes());
    }

    public Point2 PointOf(int node) => _points[node];

    public Guid LevelIdOf(int node) => _levels[_levelOf[node]].Id;

    public int IndexOf(Guid nodeId) => _indexOf.TryGetValue(nodeId, out var i) ? i : -1;

    public bool IsReachable(int node) => node >= 0 && double.IsFinite(_distance[node]);

    private int[] SourceNodes()
    {
        int[] ByKind(LandmarkKind kind) =>
            [.. Enumerable.Range(0, _points.Length).Where(i => _landmarkAt[i]?.Kind == kind)];

        var entrances = ByKind(LandmarkKind.Entrance);
        return entrances.Length > 0 ? entrances : ByKind(LandmarkKind.Elevator);
    }

    private static (int[], int[], double[], int[]) BuildAdjacency(int n, List<(int From, int To, double Weight, int Connector)> edges)
    {
        var start = new int[n + 1];
        foreach (var e in edges)
        {
            start[e.From + 1]++;
        }

        for (var i = 0; i < n; i++)
        {
            start[i + 1] += start[i];
        }

        var fill = (int[])start.Clone();
        var target = new int[edges.Count];
        var weight = new double[edges.Count];
        var connector = new int[edges.Count];
        foreach (var e in edges)
        {
            var slot = fill[e.From]++;
            target[slot] = e.To;
            weight[slot] = e.Weight;
            connector[slot] = e.Connector;
        }

        return (start, target, weight, connector);
    }

    private (double[], int[], int[]) ShortestPathsFrom(int[] sources)
    {
        var n = _points.Length;
        var dist = new double[n];
        var prev = new int[n];
        var prevConnector = new int[n];
        Array.Fill(dist, double.PositiveInfinity);
        Array.Fill(prev, -1);
        Array.Fill(prevConnector, -1);
        var queue = new PriorityQueue<int, double>();
        foreach (var s in sources)
        {
            dist[s] = 0;
            queue.Enqueue(s, 0);
        }

        while (queue.TryDequeue(out var u, out var d))
        {
            if (d > dist[u])
            {
                continue;
            }

            for (var k = _adjStart[u]; k < _adjStart[u + 1]; k++)
            {
                var v = _adjTarget[k];
                var nd = d + _adjWeight[k];
                if (nd < dist[v])
                {
                    dist[v] = nd;
                    prev[v] = u;
                    prevConnector[v] = _adjConnector[k];
                    queue.Enqueue(v, nd);
                }
            }
        }

        return (dist, prev, prevConnector);
    }

    private sealed record GraphLevelInfo(Guid Id, string Name);
}
