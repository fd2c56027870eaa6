using ParkShare.Core.Geometry;
using ParkShare.Core.Wayfinding;

namespace ParkShare.Core.Lots;

/// <summary>
/// An immutable, indexed snapshot of one version of a lot: what refinement and wayfinding read.
/// Built once per lot version and shared by every request.
/// </summary>
public sealed partial class LotMap
{
    private readonly Dictionary<Guid, LevelMap> _levelsById;
    private readonly Dictionary<Guid, SpaceEntry> _spacesById;

    private LotMap(Lot lot)
    {
        LotId = lot.Id;
        Name = lot.Name;
        Address = lot.Address;
        TimeZoneId = lot.TimeZoneId;
        Version = lot.Version;
        Georeference = lot.Georeference;
        Walkways = new WalkwayGraph(lot);
        var levels = new List<LevelMap>();
        var spaces = new List<SpaceEntry>();
        foreach (var level in lot.Levels.OrderByDescending(l => l.Ordinal))
        {
            var map = new LevelMap(level);
            var zones = map.Zones.ToDictionary(z => z.Id);
            var entries = level.Spaces
                .Select(s => new SpaceEntry(s, map, s.ZoneId is { } z && zones.TryGetValue(z, out var zone) ? zone : null))
                .ToArray();
            var nodes = new NodeLocator(Walkways, level.WalkwayNodes.Select(n => Walkways.IndexOf(n.Id)));
            foreach (var entry in entries)
            {
                entry.AccessNode = nodes.Nearest(entry.Centroid);
            }

            var byId = level.WalkwayNodes.ToDictionary(n => n.Id, n => n.Point);
            map.SetSpaces(entries, [.. level.WalkwayEdges.Select(e => (byId[e.FromNodeId], byId[e.ToNodeId]))]);
            levels.Add(map);
            spaces.AddRange(entries);
        }

        Levels = levels;
        Spaces = spaces;
        _levelsById = levels.ToDictionary(l => l.Id);
        _spacesById = spaces.ToDictionary(s => s.Id);
        Bounds = levels.Count == 0 ? default : levels.Select(l => l.Outline.Envelope).Aggregate((a, b) => a.Union(b));
        BuildCodeIndexes();
    }

    public Guid LotId { get; }

    public string Name { get; }

    public string Address { get; }

    public string TimeZoneId { get; }

    public int Version { get; }

    public Georeference Georeference { get; }

    /// <summary>Levels from the top down (B1 before B2).</summary>
    public IReadOnlyList<LevelMap> Levels { get; }

    public IReadOnlyList<SpaceEntry> Spaces { get; }

    public WalkwayGraph Walkways { get; }

    public Envelope2 Bounds { get; }

    public static LotMap Build(Lot lot) => new(lot);

    public LevelMap? Level(Guid id) => _levelsById.GetValueOrDefault(id);

    public LevelMap? LevelByOrdinal(int ordinal) => Levels.FirstOrDefault(l => l.Ordinal == ordinal);

    public SpaceEntry? Space(Guid id) => _spacesById.GetValueOrDefault(id);

    /// <summary>The walking route from the lot's entrances to the space; null if no walkway reaches it.</summary>
    public Route? RouteTo(SpaceEntry space) =>
        space.AccessNode < 0 ? null : Walkways.RouteTo(space.AccessNode, space.Centroid, space.Label);

    /// <summary>Finds the walkway node nearest a point among one level's nodes, preferring reachable ones.</summary>
    private sealed class NodeLocator(WalkwayGraph graph, IEnumerable<int> nodes)
    {
        private readonly int[] _nodes = [.. nodes.Where(n => n >= 0).OrderBy(n => graph.IsReachable(n) ? 0 : 1)];

        public int Nearest(Point2 p)
        {
            var best = -1;
            var bestDistance = double.MaxValue;
            var bestReachable = false;
            foreach (var n in _nodes)
            {
                var reachable = graph.IsReachable(n);
                var d = graph.PointOf(n).DistanceTo(p);
                if ((reachable && !bestReachable) || (reachable == bestReachable && d < bestDistance))
                {
                    (best, bestDistance, bestReachable) = (n, d, reachable);
                }
            }

            return best;
        }
    }
}
