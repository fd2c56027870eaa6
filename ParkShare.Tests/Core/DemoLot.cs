using ParkShare.Core.Lots;

namespace ParkShare.Tests.Core;

/// <summary>The shipped demo lot, generated and indexed once for every test that reads it.</summary>
public static class DemoLot
{
    private static readonly Lazy<LotMap> LazyMap = new(() => LotMap.Build(LotGenerator.Generate(LotLayout.Demo)));

    public static LotMap Map => LazyMap.Value;

    public static LevelMap Level(string name) => Map.Levels.Single(l => l.Name == name);

    public static SpaceEntry Space(string code) => Map.Spaces.Single(s => s.Code == code);
}
