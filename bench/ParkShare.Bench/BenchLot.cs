using ParkShare.Core.Geometry;
using ParkShare.Core.Lots;

namespace ParkShare.Bench;

/// <summary>The shared benchmark lot: 10 levels (B1..B10) × 5,040 spaces = 50,400 spaces.</summary>
public static class BenchLot
{
    public const int Levels = 10;
    public const int ZoneColumns = 5;
    public const int ZoneRows = 4;
    public const int SpacesPerRow = 63;
    public const int Seed = 20261126;

    public static LotLayout Layout => LotLayout.Large(Levels, ZoneColumns, ZoneRows, SpacesPerRow);

    public static Lot Generate()
    {
        var lot = LotGenerator.Generate(Layout);
        foreach (var level in lot.Levels)
        {
            if (level.Spaces.Count < 5_000)
            {
                throw new InvalidOperationException($"Level {level.Name} has only {level.Spaces.Count} spaces.");
            }
        }

        var total = lot.Levels.Sum(l => l.Spaces.Count);
        if (total < 50_000)
        {
            throw new InvalidOperationException($"The lot has only {total} spaces.");
        }

        return lot;
    }

    /// <summary>Random points strictly inside random spaces of one level (rectangles: inner 90 % of the box).</summary>
    public static Point2[] PointsInside(LevelMap level, int count, int seed)
    {
        var random = new Random(seed);
        var points = new Point2[count];
        for (var i = 0; i < count; i++)
        {
            var space = level.Spaces[random.Next(level.Spaces.Count)];
            var e = space.Polygon.Envelope;
            var p = new Point2(
                e.MinX + (e.Width * (0.05 + (0.9 * random.NextDouble()))),
                e.MinY + (e.Height * (0.05 + (0.9 * random.NextDouble()))));
            if (!space.Polygon.Contains(p))
            {
                throw new InvalidOperationException($"Generated point {p} is not inside {space.Code}.");
            }

            points[i] = p;
        }

        return points;
    }
}
