namespace ParkShare.Core.Lots;

/// <summary>
/// Parameters of a generated rectangular lot: each level has ZoneRows bands of ZoneColumns zones;
/// a band holds four rows of SpacesPerRow spaces around two aisles, bands are separated by a
/// main aisle and a core strip with elevators and stairs.
/// </summary>
public sealed record LotLayout(
    string Name,
    string Address,
    Georeference Georeference,
    IReadOnlyList<(string Name, int Ordinal)> Levels,
    int ZoneColumns,
    int ZoneRows,
    int SpacesPerRow)
{
    public const double SpaceWidth = 2.5;
    public const double SpaceDepth = 5.0;
    public const double AisleWidth = 6.0;
    public const double BandHeight = 32.0;
    public const double SeparatorHeight = 12.0;

    /// <summary>The shipped demo: 陆家嘴, three basement levels, zones A-F of 48 spaces each.</summary>
    public static LotLayout Demo { get; } = new(
        "陆家嘴滨江停车场",
        "上海市浦东新区滨江大道 2967 号",
        new Georeference(31.2397, 121.4997, 15, 1),
        [("B1", -1), ("B2", -2), ("B3", -3)],
        ZoneColumns: 3,
        ZoneRows: 2,
        SpacesPerRow: 12);

    /// <summary>A large lot for benchmarks: levels × (columns × rows × 4 × spacesPerRow) spaces.</summary>
    public static LotLayout Large(int levels, int zoneColumns, int zoneRows, int spacesPerRow) => new(
        "Benchmark lot",
        "Loopback",
        new Georeference(31.2, 121.5, 0, 1),
        [.. Enumerable.Range(1, levels).Select(i => ($"B{i}", -i))],
        zoneColumns,
        zoneRows,
        spacesPerRow);

    public double ZoneWidth => AisleWidth + (SpacesPerRow * SpaceWidth);

    public double LevelWidth => (ZoneColumns * ZoneWidth) + AisleWidth;

    public double LevelHeight => (ZoneRows * BandHeight) + ((ZoneRows - 1) * SeparatorHeight);
}
