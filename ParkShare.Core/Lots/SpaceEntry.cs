using ParkShare.Core.Geometry;

namespace ParkShare.Core.Lots;

/// <summary>A space as held by the in-memory <see cref="LotMap"/>: immutable, with its walkway access node.</summary>
public sealed class SpaceEntry(Space space, LevelMap level, ZoneEntry? zone)
{
    public Guid Id { get; } = space.Id;

    public string Code { get; } = space.Code;

    public string Label { get; } = space.Label;

    public int? Number { get; } = space.Number;

    public SpaceKind Kind { get; } = space.Kind;

    public bool Reservable { get; } = space.Reservable;

    public bool Disabled { get; } = space.Disabled;

    public Polygon2 Polygon { get; } = space.Polygon;

    public Point2 Centroid { get; } = space.Polygon.Centroid;

    public LevelMap Level { get; } = level;

    public ZoneEntry? Zone { get; } = zone;

    /// <summary>Index of the walkway node a walker leaves the graph at; -1 when the level has none.</summary>
    public int AccessNode { get; internal set; } = -1;
}
