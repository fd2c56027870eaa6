namespace ParkShare.Core.Geometry;

/// <summary>Shape checks and rigid moves of polygons, for the level editor and its validation.</summary>
public static class PolygonShape
{
    private const double Epsilon = 1e-9;

    public static Polygon2 Translate(this Polygon2 polygon, double dx, double dy) =>
        new(polygon.Points.Select(p => new Point2(p.X + dx, p.Y + dy)));

    public static Polygon2 Rotate(this Polygon2 polygon, Point2 about, double degrees) =>
        new(polygon.Points.Select(p => p.Rotate(about, degrees)));

    public static Point2 Rotate(this Point2 p, Point2 about, double degrees)
    {
        var a = degrees * Math.PI / 180;
        var (s, c) = Math.SinCos(a);
        var dx = p.X - about.X;
        var dy = p.Y - about.Y;
        return new(about.X + (dx * c) - (dy * s), about.Y + (dx * s) + (dy * c));
    }

    /// <summary>True when two edges that are not neighbours touch or cross: the ring is not simple.</summary>
    public static bool IsSelfCrossing(this Polygon2 polygon)
    {
        var pts = polygon.Points;
        var n = pts.Count;
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                var adjacent = j == i + 1 || (i == 0 && j == n - 1);
                if (!adjacent && SegmentsTouch(pts[i], pts[(i + 1) % n], pts[j], pts[(j + 1) % n]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>True when the interiors overlap (shared edges or corners alone do not count).</summary>
    public static bool Overlaps(this Polygon2 a, Polygon2 b)
    {
        var ea = a.Envelope;
        var eb = b.Envelope;
        if (ea.MaxX <= eb.MinX + 1e-6 || eb.MaxX <= ea.MinX + 1e-6 || ea.MaxY <= eb.MinY + 1e-6 || eb.MaxY <= ea.MinY + 1e-6)
        {
            return false;
        }

        var pa = a.Points;
        var pb = b.Points;
        for (var i = 0; i < pa.Count; i++)
        {
            for (var j = 0; j < pb.Count; j++)
            {
                if (SegmentsCrossProperly(pa[i], pa[(i + 1) % pa.Count], pb[j], pb[(j + 1) % pb.Count]))
                {
                    return true;
                }
            }
        }

        // No edges cross properly: either one lies inside the other, or edges run along each other (two rows of spaces on
        // the same grid, one pushed half into the other), where every crossing falls on a corner. A vertex, an edge's
        // middle or the centre of one strictly inside the other tells.
        return SamplePoints(a).Any(p => StrictlyInside(b, p)) || SamplePoints(b).Any(p => StrictlyInside(a, p));
    }

    private static IEnumerable<Point2> SamplePoints(Polygon2 polygon)
    {
        var pts = polygon.Points;
        yield return polygon.Centroid;
        for (var i = 0; i < pts.Count; i++)
        {
            var next = pts[(i + 1) % pts.Count];
            yield return pts[i];
            yield return new Point2((pts[i].X + next.X) / 2, (pts[i].Y + next.Y) / 2);
        }
    }

    private static bool StrictlyInside(Polygon2 polygon, Point2 p)
    {
        if (!polygon.ContainsWithoutBoxCheck(p))
        {
            return false;
        }

        var pts = polygon.Points;
        for (int i = 0, j = pts.Count - 1; i < pts.Count; j = i++)
        {
            if (Segment2.DistanceToSegment(p, pts[j], pts[i]) <= 1e-6)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The whole polygon lies inside the other, its boundary included (within a centimetre).</summary>
    public static bool IsWithin(this Polygon2 inner, Polygon2 outer) =>
        inner.Points.All(p => outer.DistanceTo(p) <= 0.01)
        && !inner.Points.Select((p, i) => (p, q: inner.Points[(i + 1) % inner.Points.Count]))
            .Any(s => outer.Points.Select((p, i) => (p, q: outer.Points[(i + 1) % outer.Points.Count]))
                .Any(o => SegmentsCrossProperly(s.p, s.q, o.p, o.q)));

    private static double Cross(Point2 o, Point2 a, Point2 b) => ((a.X - o.X) * (b.Y - o.Y)) - ((a.Y - o.Y) * (b.X - o.X));

    private static bool SegmentsCrossProperly(Point2 a, Point2 b, Point2 c, Point2 d)
    {
        var d1 = Cross(c, d, a);
        var d2 = Cross(c, d, b);
        var d3 = Cross(a, b, c);
        var d4 = Cross(a, b, d);
        return ((d1 > Epsilon && d2 < -Epsilon) || (d1 < -Epsilon && d2 > Epsilon))
            && ((d3 > Epsilon && d4 < -Epsilon) || (d3 < -Epsilon && d4 > Epsilon));
    }

    private static bool SegmentsTouch(Point2 a, Point2 b, Point2 c, Point2 d) =>
        SegmentsCrossProperly(a, b, c, d)
        || Segment2.DistanceToSegment(a, c, d) < 1e-6 || Segment2.DistanceToSegment(b, c, d) < 1e-6
        || Segment2.DistanceToSegment(c, a, b) < 1e-6 || Segment2.DistanceToSegment(d, a, b) < 1e-6;
}
