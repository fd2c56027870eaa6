using ParkShare.Core.Geometry;

namespace ParkShare.Core.Lots;

/// <summary>One floor of a lot with its zones, spaces, landmarks and walkway graph.</summary>
public sealed partial class Level
{
    public const int MaxNameLength = 32;

    private readonly List<Zone> _zones = [];
    private readonly List<Space> _spaces = [];
    private readonly List<Landmark> _landmarks = [];
    private readonly List<WalkwayNode> _walkwayNodes = [];
    private readonly List<WalkwayEdge> _walkwayEdges = [];

    private Level()
    {
        Name = string.Empty;
        Outline = null!;
    }

    internal Level(Guid lotId, string name, int ordinal, Polygon2 outline)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Id = Guid.CreateVersion7();
        LotId = lotId;
        Name = name.Trim();
        Ordinal = ordinal;
        Outline = outline;
    }

    public Guid Id { get; private set; }

    public Guid LotId { get; private set; }

    public string Name { get; private set; }

    /// <summary>Floor number: -1 for B1, -2 for B2, 1 for the ground floor (1F), 2 for 2F.</summary>
    public int Ordinal { get; private set; }

    public Polygon2 Outline { get; private set; }

    /// <summary>Bumped on every saved edit of this level: the editor's optimistic concurrency token.</summary>
    public int EditVersion { get; private set; }

    public string? FloorPlanImage { get; private set; }

    public IReadOnlyList<Zone> Zones => _zones;

    public IReadOnlyList<Space> Spaces => _spaces;

    public IReadOnlyList<Landmark> Landmarks => _landmarks;

    public IReadOnlyList<WalkwayNode> WalkwayNodes => _walkwayNodes;

    public IReadOnlyList<WalkwayEdge> WalkwayEdges => _walkwayEdges;

    internal void Rename(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
    }

    internal void MoveTo(int ordinal) => Ordinal = ordinal;

    public Zone AddZone(string code, string name, string color, Polygon2 polygon)
    {
        var zone = new Zone(Id, code, name, color, polygon);
        if (_zones.Any(z => z.Code == zone.Code))
        {
            throw new InvalidOperationException($"Zone {zone.Code} already exists on {Name}.");
        }

        _zones.Add(zone);
        return zone;
    }

    public Space AddSpace(Zone? zone, string code, int? number, Polygon2 polygon, SpaceKind kind, bool reservable = true)
    {
        var space = new Space(Id, zone?.Id, code, number, polygon, kind, reservable);
        if (_spaces.Any(s => string.Equals(s.Code, space.Code, StringComparison.OrdinalIgnoreCase)))
        {
            throw new InvalidOperationException($"Space {space.Code} already exists on {Name}.");
        }

        _spaces.Add(space);
        return space;
    }

    public Landmark AddLandmark(LandmarkKind kind, string name, Point2 point, string? markerCode = null)
    {
        var landmark = new Landmark(Id, kind, name, point, markerCode);
        _landmarks.Add(landmark);
        return landmark;
    }

    public WalkwayNode AddNode(Point2 point, Guid? landmarkId = null)
    {
        var node = new WalkwayNode(Id, point, landmarkId);
        _walkwayNodes.Add(node);
        return node;
    }

    public WalkwayEdge AddEdge(WalkwayNode from, WalkwayNode to)
    {
        if (from.LevelId != Id || to.LevelId != Id || from.Id == to.Id)
        {
            throw new InvalidOperationException("A walkway edge joins two different nodes of its own level.");
        }

        var edge = new WalkwayEdge(Id, from.Id, to.Id);
        _walkwayEdges.Add(edge);
        return edge;
    }
}
