using ParkShare.Core.Geometry;

namespace ParkShare.Core.Lots.Editing;

/// <summary>Polygons and points as the editing tools store them: checked, and rounded to the millimetre.</summary>
internal static class DraftPolygons
{
    public static Polygon2 Of(IReadOnlyList<Point2> points)
    {
        if (points.Any(p => !p.IsFinite) || points.Distinct().Count() < 3)
        {
            throw new DraftEditException("PolygonPoints");
        }

        return new Polygon2(points);
    }

    public static Point2 Rounded(Point2 p) => new(Math.Round(p.X, 3), Math.Round(p.Y, 3));
}
