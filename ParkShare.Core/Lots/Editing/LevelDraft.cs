using ParkShare.Core.Geometry;

namespace ParkShare.Core.Lots.Editing;

/// <summary>
/// An immutable snapshot of one level as the editor sees it, and what it holds where. Every edit returns a new
/// draft, so undo and redo are a matter of keeping the old ones (<see cref="DraftHistory"/>). The tools live
/// beside it: <see cref="DraftAdding"/>, <see cref="DraftChanging"/>, <see cref="VertexReshaping"/>,
/// <see cref="WalkwayDrawing"/> and <see cref="Renumbering"/>. Equality compares content.
/// </summary>
public sealed record LevelDraft(
    Guid LotId,
    Guid LevelId,
    string LevelName,
    int Version,
    Polygon2 Outline,
    IReadOnlyList<ZoneDraft> Zones,
    IReadOnlyList<SpaceDraft> Spaces,
    IReadOnlyList<LandmarkDraft> Landmarks,
    IReadOnlyList<WalkwayNodeDraft> Nodes,
    IReadOnlyList<WalkwayEdgeDraft> Edges)
{
    public const double DefaultSpaceWidth = 2.5;
    public const double DefaultSpaceDepth = 5.3;

    public static LevelDraft From(Level level) => new(
        level.LotId,
        level.Id,
        level.Name,
        level.EditVersion,
        level.Outline,
        [.. level.Zones.Select(z => new ZoneDraft(z.Id, z.Code, z.Name, z.Color, z.Polygon))],
        [.. level.Spaces.Select(s => new SpaceDraft(s.Id, s.ZoneId, s.Code, s.Number, s.Label, s.Polygon, s.Kind, s.Reservable))],
        [.. level.Landmarks.Select(l => new LandmarkDraft(l.Id, l.Kind, l.Name, l.Point, l.MarkerCode))],
        [.. level.WalkwayNodes.Select(n => new WalkwayNodeDraft(n.Id, n.Point, n.LandmarkId))],
        [.. level.WalkwayEdges.Select(e => new WalkwayEdgeDraft(e.Id, e.FromNodeId, e.ToNodeId))]);

    public SpaceDraft? Space(Guid id) => Spaces.FirstOrDefault(s => s.Id == id);

    public ZoneDraft? Zone(Guid id) => Zones.FirstOrDefault(z => z.Id == id);

    public LandmarkDraft? Landmark(Guid id) => Landmarks.FirstOrDefault(l => l.Id == id);

    public WalkwayNodeDraft? Node(Guid id) => Nodes.FirstOrDefault(n => n.Id == id);

    public ZoneDraft? ZoneAt(Point2 p) => Zones.LastOrDefault(z => z.Polygon.Contains(p));

    /// <summary>The ring of the outline (<paramref name="polygonId"/> = the level's id) or of a zone; null for anything else.</summary>
    public Polygon2? RingOf(Guid polygonId) => polygonId == LevelId ? Outline : Zone(polygonId)?.Polygon;

    /// <summary>The code prefix a new space in the zone gets: "B4-A-" (or "B4-" outside every zone).</summary>
    public string SpacePrefix(ZoneDraft? zone) => zone is null ? $"{LevelName}-" : $"{LevelName}-{zone.Code}-";

    public int NextNumber(string prefix)
    {
        var used = Spaces.Where(s => s.Code.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && s.Number is not null)
            .Select(s => s.Number!.Value);
        return used.DefaultIfEmpty(0).Max() + 1;
    }

    public Envelope2? BoundsOf(IEnumerable<Guid> ids) =>
        ids.Select(BoundsOf).OfType<Envelope2>().Aggregate((Envelope2?)null, (acc, e) => acc is { } a ? a.Union(e) : e);

    /// <summary>The bounding box of any element by id (space, zone, landmark, node, edge), for "zoom to it".</summary>
    public Envelope2? BoundsOf(Guid id)
    {
        if (Space(id) is { } s)
        {
            return s.Polygon.Envelope;
        }

        if (Zone(id) is { } z)
        {
            return z.Polygon.Envelope;
        }

        if (Landmark(id) is { } l)
        {
            return new Envelope2(l.Point.X, l.Point.Y, l.Point.X, l.Point.Y).ExpandBy(1);
        }

        if (Node(id) is { } n)
        {
            return new Envelope2(n.Point.X, n.Point.Y, n.Point.X, n.Point.Y).ExpandBy(1);
        }

        return id == LevelId ? Outline.Envelope : null;
    }

    public bool Equals(LevelDraft? other) =>
        other is not null && LotId == other.LotId && LevelId == other.LevelId && LevelName == other.LevelName
        && Version == other.Version && Outline.Equals(other.Outline)
        && Zones.SequenceEqual(other.Zones) && Spaces.SequenceEqual(other.Spaces) && Landmarks.SequenceEqual(other.Landmarks)
        && Nodes.SequenceEqual(other.Nodes) && Edges.SequenceEqual(other.Edges);

    public override int GetHashCode() => HashCode.Combine(LevelId, Version, Spaces.Count, Zones.Count, Landmarks.Count, Nodes.Count, Edges.Count);
}
