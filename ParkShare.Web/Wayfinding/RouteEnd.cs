using ParkShare.Core.Geometry;

namespace ParkShare.Web.Wayfinding;

/// <summary>
/// The drawn route stops where it reaches the car's space: a line running on into the space would cross
/// its number, and the end pin already marks the spot.
/// </summary>
public static class RouteEnd
{
    public static IReadOnlyList<Point2> AtEdge(IReadOnlyList<Point2> points, Envelope2 space)
    {
        if (points.Count < 2 || !space.Contains(points[^1]))
        {
            return points;
        }

        var last = points.Count - 1;
        while (last > 0 && space.Contains(points[last - 1]))
        {
            last--;
        }

        if (last == 0)
        {
            return points; // the whole leg lies inside the space: nothing to trim it to
        }

        var (from, to) = (points[last - 1], points[last]);
        var t = EntryFraction(from, to, space);
        var trimmed = new List<Point2>(last + 1);
        for (var i = 0; i < last; i++)
        {
            trimmed.Add(points[i]);
        }

        trimmed.Add(new Point2(from.X + ((to.X - from.X) * t), from.Y + ((to.Y - from.Y) * t)));
        return trimmed;
    }

    /// <summary>Where the segment from an outside point to an inside point crosses the box (Liang–Barsky's entering fraction).</summary>
    private static double EntryFraction(Point2 from, Point2 to, Envelope2 box)
    {
        var (dx, dy) = (to.X - from.X, to.Y - from.Y);
        double entry = 0;
        foreach (var (p, q) in new[] { (-dx, from.X - box.MinX), (dx, box.MaxX - from.X), (-dy, from.Y - box.MinY), (dy, box.MaxY - from.Y) })
        {
            if (p < 0)
            {
                entry = Math.Max(entry, q / p);
            }
        }

        return Math.Clamp(entry, 0, 1);
    }
}
