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

    public SpaceGrid(Envelope2 bounds, SpaceEntry[] spaces)
    {
        _bounds = bounds;
        _spaces = spaces;
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
            var space = _spaces[_items[k]];
            if (space.Polygon.Contains(p))
            {
                return space;
            }
        }

        return null;
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
