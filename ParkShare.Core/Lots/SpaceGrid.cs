using ParkShare.Core.Geometry;

namespace ParkShare.Core.Lots;

/// <summary>
/// A uniform grid over a level: each cell lists the spaces whose box overlaps it, so finding the
/// space under a point tests one or two polygons instead of every space on the level.
/// </summary>
public sealed class SpaceGrid
{
    private readonly Envelope2 _bounds;
    private readonly double _inverseCell;
    private readonly int _columns;
    private readonly int _rows;
    private readonly int[] _cellStart;
    private readonly int[] _items;
    private readonly SpaceEntry[] _spaces;
    private readonly Envelope2[] _boxes;
    private readonly bool[] _isBox;

    public SpaceGrid(Envelope2 bounds, SpaceEntry[] spaces)
    {
        _bounds = bounds;
        _spaces = spaces;

        // Each space's box, copied into one flat array so a lookup rejects the cell's other
        // candidates without loading their SpaceEntry and Polygon objects; spaces that are
        // axis-aligned rectangles (nearly all) are then decided from the box alone.
        _boxes = new Envelope2[spaces.Length];
        _isBox = new bool[spaces.Length];
        for (var s = 0; s < spaces.Length; s++)
        {
            _boxes[s] = spaces[s].Polygon.Envelope;
            _isBox[s] = IsAxisAlignedRectangle(spaces[s].Polygon);
        }

        var area = Math.Max(bounds.Width * bounds.Height, 1);
        var cell = Math.Max(Math.Sqrt(area / Math.Max(spaces.Length * 2, 1)), 0.5);
        _inverseCell = 1 / cell;
        _columns = Math.Max(1, (int)Math.Ceiling(bounds.Width * _inverseCell) + 1);
        _rows = Math.Max(1, (int)Math.Ceiling(bounds.Height * _inverseCell) + 1);
        var counts = new int[(_columns * _rows) + 1];
        ForEachCell(spaces, (cellIndex, _) => counts[cellIndex + 1]++);
        for (var i = 1; i < counts.Length; i++)
        {
            counts[i] += counts[i - 1];
        }

        _cellStart = counts;
        _items = new int[counts[^1]];
        var fill = (int[])counts.Clone();
        ForEachCell(spaces, (cellIndex, spaceIndex) => _items[fill[cellIndex]++] = spaceIndex);
    }

    public int CellCount => _columns * _rows;

    /// <summary>The space whose polygon contains the point, or null.</summary>
    public SpaceEntry? Find(Point2 p)
    {
        var cx = (int)((p.X - _bounds.MinX) * _inverseCell);
        var cy = (int)((p.Y - _bounds.MinY) * _inverseCell);
        if ((uint)cx >= (uint)_columns || (uint)cy >= (uint)_rows || !double.IsFinite(p.X) || !double.IsFinite(p.Y))
        {
            return null;
        }

        var cellIndex = (cy * _columns) + cx;
        for (var k = _cellStart[cellIndex]; k < _cellStart[cellIndex + 1]; k++)
        {
            var index = _items[k];
            var box = _boxes[index];
            if (!box.Contains(p))
            {
                continue;
            }

            // For an axis-aligned rectangle the even-odd ray cast reduces exactly to the
            // half-open box [MinX, MaxX) × [MinY, MaxY), so the answer is the same either way.
            if (_isBox[index]
                ? p.X < box.MaxX && p.Y < box.MaxY
                : _spaces[index].Polygon.ContainsWithoutBoxCheck(p))
            {
                return _spaces[index];
            }
        }

        return null;
    }

    /// <summary>The four corners of its own box, joined by alternating horizontal and vertical edges.</summary>
    private static bool IsAxisAlignedRectangle(Polygon2 polygon)
    {
        var pts = polygon.Points;
        var e = polygon.Envelope;
        if (pts.Count != 4 || e.Width <= 0 || e.Height <= 0)
        {
            return false;
        }

        for (var i = 0; i < 4; i++)
        {
            var a = pts[i];
            var b = pts[(i + 1) % 4];
            var onCorner = (a.X == e.MinX || a.X == e.MaxX) && (a.Y == e.MinY || a.Y == e.MaxY);
            var axisEdge = (a.X == b.X) != (a.Y == b.Y);

            // Horizontal and vertical edges alternate, so the four corners are all distinct.
            var alternates = i == 0 || (a.Y == b.Y) != (pts[i - 1].Y == a.Y);
            if (!onCorner || !axisEdge || !alternates)
            {
                return false;
            }
        }

        return true;
    }

    private void ForEachCell(SpaceEntry[] spaces, Action<int, int> action)
    {
        for (var s = 0; s < spaces.Length; s++)
        {
            var e = spaces[s].Polygon.Envelope;
            var x0 = Math.Clamp((int)((e.MinX - _bounds.MinX) * _inverseCell), 0, _columns - 1);
            var x1 = Math.Clamp((int)((e.MaxX - _bounds.MinX) * _inverseCell), 0, _columns - 1);
            var y0 = Math.Clamp((int)((e.MinY - _bounds.MinY) * _inverseCell), 0, _rows - 1);
            var y1 = Math.Clamp((int)((e.MaxY - _bounds.MinY) * _inverseCell), 0, _rows - 1);
            for (var y = y0; y <= y1; y++)
            {
                for (var x = x0; x <= x1; x++)
                {
                    action((y * _columns) + x, s);
                }
            }
        }
    }
}
