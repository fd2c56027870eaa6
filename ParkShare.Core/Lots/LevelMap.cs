using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;
using ParkShare.Core.Geometry;

namespace ParkShare.Core.Lots;

/// <summary>One level of a <see cref="LotMap"/>: immutable geometry with a grid for point lookups
/// and an STRtree for radius queries.</summary>
public sealed class LevelMap
{
    private readonly STRtree<SpaceEntry> _tree = new();
    private SpaceEntry[] _spaces = [];
    private SpaceGrid? _grid;
    private byte[]? _encodedGeometry;

    internal LevelMap(Level level)
    {
        Id = level.Id;
        Name = level.Name;
        Ordinal = level.Ordinal;
        Outline = level.Outline;
        FloorPlanImage = level.FloorPlanImage;
        Zones = [.. level.Zones.Select(z => new ZoneEntry(z.Id, z.Code, z.Name, z.Color, z.Polygon))];
        Landmarks = [.. level.Landmarks.Select(l => new LandmarkEntry(l.Id, this, l.Kind, l.Name, l.Point, l.MarkerCode))];
    }

    public Guid Id { get; }

    public string Name { get; }

    public int Ordinal { get; }

    public Polygon2 Outline { get; }

    public string? FloorPlanImage { get; }

    public IReadOnlyList<ZoneEntry> Zones { get; }

    public IReadOnlyList<SpaceEntry> Spaces => _spaces;

    public IReadOnlyList<LandmarkEntry> Landmarks { get; }

    /// <summary>Walkway segments of this level, for drawing.</summary>
    public IReadOnlyList<(Point2 From, Point2 To)> Walkways { get; private set; } = [];

    public SpaceGrid Grid => _grid!;

    /// <summary>The level's geometry as JSON bytes, encoded on first use and kept with this map version.</summary>
    public byte[] EncodedGeometry(LotMap map) => _encodedGeometry ??= LevelGeometryEncoder.Encode(map, this);

    /// <summary>The space under the point, or null (in an aisle, outside the level).</summary>
    public SpaceEntry? SpaceAt(Point2 p) => _grid!.Find(p);

    /// <summary>Spaces within <paramref name="radius"/> metres of the point, nearest first.</summary>
    public List<(SpaceEntry Space, double Distance)> SpacesNear(Point2 p, double radius, int max)
    {
        var hits = _tree.Query(new Envelope(p.X - radius, p.X + radius, p.Y - radius, p.Y + radius));
        return [.. hits.Select(s => (Space: s, Distance: s.Polygon.DistanceTo(p)))
            .Where(h => h.Distance <= radius)
            .OrderBy(h => h.Distance)
            .ThenBy(h => h.Space.Code, StringComparer.Ordinal)
            .Take(max)];
    }

    public ZoneEntry? ZoneAt(Point2 p) => Zones.FirstOrDefault(z => z.Polygon.Contains(p));

    /// <summary>The nearest landmark people navigate by (pillars only when nothing else is on the level).</summary>
    public (LandmarkEntry Landmark, double Distance)? NearestLandmark(Point2 p)
    {
        var notable = Landmarks.Where(l => l.Kind != LandmarkKind.Pillar).ToList();
        var pool = notable.Count > 0 ? notable : Landmarks;
        return pool.Count == 0 ? null : pool.Select(l => (l, l.Point.DistanceTo(p))).MinBy(t => t.Item2);
    }

    /// <summary>Linear scan over every polygon: the baseline the grid is measured against.</summary>
    public SpaceEntry? SpaceAtByLinearScan(Point2 p)
    {
        foreach (var s in _spaces)
        {
            if (s.Polygon.ContainsWithoutBoxCheck(p))
            {
                return s;
            }
        }

        return null;
    }

    internal SpaceEntry? SpaceAtByTree(Point2 p)
    {
        foreach (var s in _tree.Query(new Envelope(p.X, p.X, p.Y, p.Y)))
        {
            if (s.Polygon.Contains(p))
            {
                return s;
            }
        }

        return null;
    }

    internal void SetSpaces(SpaceEntry[] spaces, IReadOnlyList<(Point2, Point2)> walkways)
    {
        _spaces = spaces;
        Walkways = walkways;
        foreach (var s in spaces)
        {
            var e = s.Polygon.Envelope;
            _tree.Insert(new Envelope(e.MinX, e.MaxX, e.MinY, e.MaxY), s);
        }

        _tree.Build();
        var bounds = spaces.Length == 0
            ? Outline.Envelope
            : spaces.Select(s => s.Polygon.Envelope).Aggregate(Outline.Envelope, (a, b) => a.Union(b));
        _grid = new SpaceGrid(bounds, spaces);
    }
}
