using ParkShare.Core.Geometry;

namespace ParkShare.Core.Lots;

/// <summary>Builds a complete, deterministic lot (geometry, landmarks, walkways) from a layout.</summary>
public static class LotGenerator
{
    private static readonly string[] ZoneColors =
        ["#4e79a7", "#f28e2b", "#59a14f", "#b07aa1", "#76b7b2", "#edc948", "#e15759", "#9c755f", "#bab0ac", "#ff9da7"];

    public static Lot Generate(LotLayout layout)
    {
        if (layout.ZoneColumns * layout.ZoneRows > 26 || layout.SpacesPerRow < 3 || layout.Levels.Count == 0)
        {
            throw new ArgumentException("Layout out of range (at most 26 zones per level, 3+ spaces per row).", nameof(layout));
        }

        var lot = Lot.Create(layout.Name, layout.Address, "Asia/Shanghai", layout.Georeference);
        var topOrdinal = layout.Levels.Max(l => l.Ordinal);
        var perLevel = new List<LevelNodes>();
        foreach (var (name, ordinal) in layout.Levels.OrderByDescending(l => l.Ordinal))
        {
            var level = lot.AddLevel(name, ordinal, Polygon2.Rectangle(0, 0, layout.LevelWidth, layout.LevelHeight));
            perLevel.Add(new LevelGeometryBuilder(layout, level, ordinal == topOrdinal).Build());
        }

        for (var i = 0; i + 1 < perLevel.Count; i++)
        {
            var upper = perLevel[i];
            var lower = perLevel[i + 1];
            for (var e = 0; e < upper.Elevators.Count; e++)
            {
                lot.Connect(ConnectorKind.Elevator, upper.Elevators[e].Name, upper.Elevators[e].Node, lower.Elevators[e].Node, 8);
            }

            for (var s = 0; s < upper.Stairs.Count; s++)
            {
                lot.Connect(ConnectorKind.Stairs, upper.Stairs[s].Name, upper.Stairs[s].Node, lower.Stairs[s].Node, 15);
            }

            lot.Connect(ConnectorKind.Ramp, upper.Ramp.Name, upper.Ramp.Node, lower.Ramp.Node, 60);
        }

        return lot;
    }

    internal static string ZoneColor(int index) => ZoneColors[index % ZoneColors.Length];
}
