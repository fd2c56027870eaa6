using ParkShare.Core.Geometry;

namespace ParkShare.Core.Lots.Editing;

/// <summary>
/// The reshape tool: moving, inserting and removing single vertices of the level outline (named by the
/// level's id) or of a zone. Unlike a freshly drawn polygon, a reshape that makes the ring cross itself is
/// refused outright: the operator is nudging one corner and expects the shape to stay a shape.
/// </summary>
public sealed partial record LevelDraft
{
    public const int MinimumVertices = 3;

    /// <summary>The ring of the outline (<paramref name="polygonId"/> = the level's id) or of a zone; null for anything else.</summary>
    public Polygon2? RingOf(Guid polygonId) => polygonId == LevelId ? Outline : Zone(polygonId)?.Polygon;

    public LevelDraft MoveVertex(Guid polygonId, int index, Point2 to)
    {
        var points = VerticesOf(polygonId, index, to);
        points[index] = Rounded(to);
        return WithRing(polygonId, points);
    }

    /// <summary>Inserts a vertex on the edge that starts at vertex <paramref name="afterIndex"/>.</summary>
    public LevelDraft InsertVertex(Guid polygonId, int afterIndex, Point2 at)
    {
        var points = VerticesOf(polygonId, afterIndex, at);
        points.Insert(afterIndex + 1, Rounded(at));
        return WithRing(polygonId, points);
    }

    public LevelDraft RemoveVertex(Guid polygonId, int index)
    {
        var points = VerticesOf(polygonId, index, default);
        if (points.Count <= MinimumVertices)
        {
            throw new DraftEditException("VertexMinimum", MinimumVertices);
        }

        points.RemoveAt(index);
        return WithRing(polygonId, points);
    }

    private List<Point2> VerticesOf(Guid polygonId, int index, Point2 point)
    {
        if (!point.IsFinite)
        {
            throw new DraftEditException("BadNumber");
        }

        var ring = RingOf(polygonId) ?? throw new DraftEditException("NoPolygon");
        if (index < 0 || index >= ring.Points.Count)
        {
            throw new DraftEditException("NoPolygon");
        }

        return [.. ring.Points];
    }

    private LevelDraft WithRing(Guid polygonId, List<Point2> points)
    {
        if (points.Distinct().Count() != points.Count)
        {
            throw new DraftEditException("PolygonPoints");
        }

        var polygon = new Polygon2(points);
        if (polygon.Area < 1e-6 || polygon.IsSelfCrossing())
        {
            throw new DraftEditException("PolygonCrosses");
        }

        return polygonId == LevelId
            ? this with { Outline = polygon }
            : this with { Zones = [.. Zones.Select(z => z.Id == polygonId ? z with { Polygon = polygon } : z)] };
    }

    private static Point2 Rounded(Point2 p) => new(Math.Round(p.X, 3), Math.Round(p.Y, 3));
}
