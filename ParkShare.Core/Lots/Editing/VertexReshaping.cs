using ParkShare.Core.Geometry;

namespace ParkShare.Core.Lots.Editing;

/// <summary>
/// The reshape tool: moving, inserting and removing single vertices of the level outline (named by the
/// level's id) or of a zone. Unlike a freshly drawn polygon, a reshape that makes the ring cross itself is
/// refused outright: the operator is nudging one corner and expects the shape to stay a shape.
/// </summary>
public static class VertexReshaping
{
    public const int MinimumVertices = 3;

    public static LevelDraft MoveVertex(this LevelDraft draft, Guid polygonId, int index, Point2 to)
    {
        var points = draft.VerticesOf(polygonId, index, to);
        points[index] = DraftPolygons.Rounded(to);
        return draft.WithRing(polygonId, points);
    }

    /// <summary>Inserts a vertex on the edge that starts at vertex <paramref name="afterIndex"/>.</summary>
    public static LevelDraft InsertVertex(this LevelDraft draft, Guid polygonId, int afterIndex, Point2 at)
    {
        var points = draft.VerticesOf(polygonId, afterIndex, at);
        points.Insert(afterIndex + 1, DraftPolygons.Rounded(at));
        return draft.WithRing(polygonId, points);
    }

    public static LevelDraft RemoveVertex(this LevelDraft draft, Guid polygonId, int index)
    {
        var points = draft.VerticesOf(polygonId, index, default);
        if (points.Count <= MinimumVertices)
        {
            throw new DraftEditException("VertexMinimum", MinimumVertices);
        }

        points.RemoveAt(index);
        return draft.WithRing(polygonId, points);
    }

    private static List<Point2> VerticesOf(this LevelDraft draft, Guid polygonId, int index, Point2 point)
    {
        if (!point.IsFinite)
        {
            throw new DraftEditException("BadNumber");
        }

        var ring = draft.RingOf(polygonId) ?? throw new DraftEditException("NoPolygon");
        if (index < 0 || index >= ring.Points.Count)
        {
            throw new DraftEditException("NoPolygon");
        }

        return [.. ring.Points];
    }

    private static LevelDraft WithRing(this LevelDraft draft, Guid polygonId, List<Point2> points)
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

        return polygonId == draft.LevelId
            ? draft with { Outline = polygon }
            : draft with { Zones = [.. draft.Zones.Select(z => z.Id == polygonId ? z with { Polygon = polygon } : z)] };
    }
}
