using System.Globalization;
using ParkShare.Core.Geometry;

namespace ParkShare.Core.Lots;

/// <summary>Lays out one generated level: zones, spaces, landmarks and a walkway graph reaching every space.</summary>
internal sealed class LevelGeometryBuilder(LotLayout layout, Level level, bool isEntryLevel)
{
    private readonly Dictionary<(long, long), WalkwayNode> _nodes = [];
    private readonly Dictionary<double, SortedSet<double>> _horizontal = [];
    private readonly SortedSet<double> _crossYs = [];
    private int _pillars;

    public LevelNodes Build()
    {
        for (var band = 0; band < layout.ZoneRows; band++)
        {
            var y0 = band * (LotLayout.BandHeight + LotLayout.SeparatorHeight);
            AddAisle(y0 + 8);
            AddAisle(y0 + 24);
            if (band + 1 < layout.ZoneRows)
            {
                AddAisle(y0 + 36);
            }

            for (var col = 0; col < layout.ZoneColumns; col++)
            {
                BuildZone(band, col, y0);
            }

            AddPillars(y0);
        }

        var cores = BuildCores();
        var ramp = AddLandmarkNode(LandmarkKind.Ramp, "1", new Point2(0.5, 24), new Point2(3, 24));
        if (isEntryLevel)
        {
            var mainY = layout.ZoneRows > 1 ? 36 : 24;
            AddLandmarkNode(LandmarkKind.Entrance, "1", new Point2(0, mainY), new Point2(3, mainY));
            AddLandmarkNode(LandmarkKind.Entrance, "2", new Point2(layout.LevelWidth, mainY), new Point2(layout.LevelWidth - 3, mainY));
            AddLandmarkNode(LandmarkKind.Exit, "1", new Point2(layout.LevelWidth, 8), new Point2(layout.LevelWidth - 3, 8));
        }

        ConnectAisles();
        return new LevelNodes(cores.Elevators, cores.Stairs, ("1", ramp));
    }

    private void AddAisle(double y)
    {
        _horizontal[y] = [];
        _crossYs.Add(y);
        for (var i = 0; i <= layout.ZoneColumns; i++)
        {
            _horizontal[y].Add((i * layout.ZoneWidth) + 3);
        }
    }

    private void BuildZone(int band, int col, double y0)
    {
        var zoneIndex = ((layout.ZoneRows - 1 - band) * layout.ZoneColumns) + col;
        var code = ((char)('A' + zoneIndex)).ToString();
        var x0 = (col * layout.ZoneWidth) + LotLayout.AisleWidth;
        var x1 = x0 + (layout.SpacesPerRow * LotLayout.SpaceWidth);
        var zone = level.AddZone(code, code, LotGenerator.ZoneColor(zoneIndex), Polygon2.Rectangle(x0 - 3, y0, x1, y0 + LotLayout.BandHeight));

        // Rows bottom to top: a faces the aisle above it, b the aisle below, c above, d below.
        (double Bottom, double AisleY)[] rows = [(y0, y0 + 8), (y0 + 11, y0 + 8), (y0 + 16, y0 + 24), (y0 + 27, y0 + 24)];
        var number = 0;
        for (var r = 0; r < rows.Length; r++)
        {
            for (var i = 0; i < layout.SpacesPerRow; i++)
            {
                number++;
                var sx = x0 + (i * LotLayout.SpaceWidth);
                var polygon = Polygon2.Rectangle(sx, rows[r].Bottom, sx + LotLayout.SpaceWidth, rows[r].Bottom + LotLayout.SpaceDepth);
                var spaceCode = string.Create(CultureInfo.InvariantCulture, $"{level.Name}-{code}-{number:000}");
                var kind = KindFor(r, i);
                var space = level.AddSpace(zone, spaceCode, number, polygon, kind);
                space.Relabel(string.Create(CultureInfo.InvariantCulture, $"{code}-{number:000}"));
                _horizontal[rows[r].AisleY].Add(sx + (LotLayout.SpaceWidth / 2));
            }
        }
    }

    private SpaceKind KindFor(int row, int index) => (row, index) switch
    {
        (0, < 3) => SpaceKind.Ev,
        (3, _) when index >= layout.SpacesPerRow - 2 => SpaceKind.Accessible,
        (1, _) when index >= layout.SpacesPerRow - 2 => SpaceKind.Compact,
        (2, 0) => SpaceKind.Family,
        _ => SpaceKind.Standard,
    };

    private void AddPillars(double y0)
    {
        var spacing = 3 * LotLayout.SpaceWidth;
        foreach (var y in new[] { y0, y0 + 16, y0 + 32 })
        {
            for (var col = 0; col < layout.ZoneColumns; col++)
            {
                var x0 = (col * layout.ZoneWidth) + LotLayout.AisleWidth;
                for (var x = x0; x <= x0 + (layout.SpacesPerRow * LotLayout.SpaceWidth) + 1e-9; x += spacing)
                {
                    var name = string.Create(CultureInfo.InvariantCulture, $"{level.Name}-{++_pillars:000}");
                    level.AddLandmark(LandmarkKind.Pillar, name, new Point2(x, y), "MK-" + name);
                }
            }
        }
    }

    private (List<(string, WalkwayNode)> Elevators, List<(string, WalkwayNode)> Stairs) BuildCores()
    {
        var elevators = new List<(string, WalkwayNode)>();
        var stairs = new List<(string, WalkwayNode)>();
        var coreY = layout.ZoneRows > 1 ? 42.0 : LotLayout.BandHeight + 2;
        var aisleY = layout.ZoneRows > 1 ? 36.0 : 24.0;
        var w = layout.LevelWidth;
        for (var e = 0; e < 4; e++)
        {
            var x = Math.Round(w * (e + 0.5) / 4, 1);
            elevators.Add(((e + 1).ToString(CultureInfo.InvariantCulture),
                AddLandmarkNode(LandmarkKind.Elevator, (e + 1).ToString(CultureInfo.InvariantCulture), new Point2(x, coreY), new Point2(x, aisleY))));
        }

        for (var s = 0; s < 2; s++)
        {
            var x = Math.Round(w * (s == 0 ? 0.25 : 0.75), 1);
            stairs.Add(((s + 1).ToString(CultureInfo.InvariantCulture),
                AddLandmarkNode(LandmarkKind.Stairs, (s + 1).ToString(CultureInfo.InvariantCulture), new Point2(x, coreY), new Point2(x, aisleY))));
        }

        if (isEntryLevel)
        {
            var x = Math.Round(w * 0.5, 1);
            AddLandmarkNode(LandmarkKind.PayStation, "1", new Point2(x, coreY), new Point2(x, aisleY));
        }

        return (elevators, stairs);
    }

    private WalkwayNode AddLandmarkNode(LandmarkKind kind, string name, Point2 at, Point2 aislePoint)
    {
        var landmark = level.AddLandmark(kind, name, at);
        var node = level.AddNode(at, landmark.Id);
        _horizontal[aislePoint.Y].Add(aislePoint.X);
        level.AddEdge(node, NodeAt(aislePoint));
        return node;
    }

    private void ConnectAisles()
    {
        foreach (var (y, xs) in _horizontal)
        {
            ConnectChain(xs.Select(x => new Point2(x, y)));
        }

        for (var i = 0; i <= layout.ZoneColumns; i++)
        {
            var x = (i * layout.ZoneWidth) + 3;
            ConnectChain(_crossYs.Select(y => new Point2(x, y)));
        }
    }

    private void ConnectChain(IEnumerable<Point2> points)
    {
        WalkwayNode? previous = null;
        foreach (var p in points)
        {
            var node = NodeAt(p);
            if (previous is not null)
            {
                level.AddEdge(previous, node);
            }

            previous = node;
        }
    }

    private WalkwayNode NodeAt(Point2 p)
    {
        var key = ((long)Math.Round(p.X * 1000), (long)Math.Round(p.Y * 1000));
        if (!_nodes.TryGetValue(key, out var node))
        {
            node = level.AddNode(p);
            _nodes[key] = node;
        }

        return node;
    }
}
