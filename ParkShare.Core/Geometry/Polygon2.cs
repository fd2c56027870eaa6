using System.Globalization;
using System.Text;

namespace ParkShare.Core.Geometry;

/// <summary>
/// A simple polygon (one ring, not closed) in lot-local metres. Immutable; stored as WKT text.
/// </summary>
public sealed class Polygon2 : IEquatable<Polygon2>
{
    private readonly Point2[] _points;

    public Polygon2(IEnumerable<Point2> points)
    {
        var list = points.ToList();
        if (list.Count > 1 && list[0] == list[^1])
        {
            list.RemoveAt(list.Count - 1);
        }

        if (list.Count < 3)
        {
            throw new ArgumentException("A polygon needs at least three distinct points.", nameof(points));
        }

        if (list.Any(p => !p.IsFinite))
        {
            throw new ArgumentException("Polygon coordinates must be finite numbers.", nameof(points));
        }

        _points = [.. list];
        Envelope = ComputeEnvelope(_points);
    }

    public IReadOnlyList<Point2> Points => _points;

    public Envelope2 Envelope { get; }

    public static Polygon2 Rectangle(double minX, double minY, double maxX, double maxY) =>
        new([new(minX, minY), new(maxX, minY), new(maxX, maxY), new(minX, maxY)]);

    public double Area
    {
        get
        {
            double sum = 0;
            for (int i = 0, j = _points.Length - 1; i < _points.Length; j = i++)
            {
                sum += (_points[j].X * _points[i].Y) - (_points[i].X * _points[j].Y);
            }

            return Math.Abs(sum) / 2;
        }
    }

    public Point2 Centroid
    {
        get
        {
            double a = 0, cx = 0, cy = 0;
            for (int i = 0, j = _points.Length - 1; i < _points.Length; j = i++)
            {
                var f = (_points[j].X * _points[i].Y) - (_points[i].X * _points[j].Y);
                a += f;
                cx += (_points[j].X + _points[i].X) * f;
                cy += (_points[j].Y + _points[i].Y) * f;
            }

            if (Math.Abs(a) < 1e-12)
            {
                return new(_points.Average(p => p.X), _points.Average(p => p.Y));
            }

            return new(cx / (3 * a), cy / (3 * a));
        }
    }

    /// <summary>Even-odd ray casting; points on the boundary may fall either way.</summary>
    public bool Contains(Point2 p)
    {
        return Envelope.Contains(p) && ContainsWithoutBoxCheck(p);
    }

    /// <summary>The ray-casting test alone, as a naive scan would run it on every polygon.</summary>
    public bool ContainsWithoutBoxCheck(Point2 p)
    {
        var inside = false;
        var pts = _points;
        for (int i = 0, j = pts.Length - 1; i < pts.Length; j = i++)
        {
            if ((pts[i].Y > p.Y) != (pts[j].Y > p.Y) &&
                p.X < ((pts[j].X - pts[i].X) * (p.Y - pts[i].Y) / (pts[j].Y - pts[i].Y)) + pts[i].X)
            {
                inside = !inside;
            }
        }

        return inside;
    }

    /// <summary>Distance from a point to the polygon: 0 inside, else to the nearest edge.</summary>
    public double DistanceTo(Point2 p)
    {
        if (Contains(p))
        {
            return 0;
        }

        var best = double.MaxValue;
        for (int i = 0, j = _points.Length - 1; i < _points.Length; j = i++)
        {
            best = Math.Min(best, Segment2.DistanceToSegment(p, _points[j], _points[i]));
        }

        return best;
    }

    public string ToWkt()
    {
        var sb = new StringBuilder("POLYGON ((");
        foreach (var p in _points.Append(_points[0]))
        {
            sb.Append(p.X.ToString("0.###", CultureInfo.InvariantCulture)).Append(' ')
              .Append(p.Y.ToString("0.###", CultureInfo.InvariantCulture)).Append(", ");
        }

        sb.Length -= 2;
        return sb.Append("))").ToString();
    }

    /// <summary>Reads what <see cref="ToWkt"/> writes. Span-based: a 2,000-space level parses 2,000 of these on every load.</summary>
    public static Polygon2 FromWkt(string wkt)
    {
        var open = wkt.IndexOf("((", StringComparison.Ordinal);
        var close = wkt.IndexOf("))", StringComparison.Ordinal);
        if (!wkt.AsSpan().TrimStart().StartsWith("POLYGON", StringComparison.OrdinalIgnoreCase) || open < 0 || close < open)
        {
            throw new FormatException("Not a WKT polygon.");
        }

        var points = new List<Point2>(8);
        var ring = wkt.AsSpan(open + 2, close - open - 2);
        foreach (var range in ring.Split(','))
        {
            var pair = ring[range].Trim();
            if (pair.IsEmpty)
            {
                continue;
            }

            var space = pair.IndexOf(' ');
            if (space < 0)
            {
                throw new FormatException("Not a WKT polygon.");
            }

            points.Add(new Point2(
                double.Parse(pair[..space], NumberStyles.Float, CultureInfo.InvariantCulture),
                double.Parse(pair[(space + 1)..].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture)));
        }

        return new Polygon2(points);
    }

    public bool Equals(Polygon2? other) =>
        other is not null && _points.AsSpan().SequenceEqual(other._points);

    public override bool Equals(object? obj) => Equals(obj as Polygon2);

    public override int GetHashCode() => HashCode.Combine(_points.Length, _points[0], Envelope);

    private static Envelope2 ComputeEnvelope(Point2[] pts) =>
        new(pts.Min(p => p.X), pts.Min(p => p.Y), pts.Max(p => p.X), pts.Max(p => p.Y));
}
