using BenchmarkDotNet.Attributes;
using ParkShare.Core.Geometry;
using ParkShare.Core.Lots;

namespace ParkShare.Bench;

/// <summary>
/// Map point → space on one level of 5,040 spaces. Each invocation looks up <see cref="Points"/>
/// pre-generated points (all inside a space), so the reported time is the cost of ONE lookup.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(warmupCount: 3, iterationCount: 10)]
public class MapPointBenchmarks
{
    public const int Points = 1024;

    private LevelMap _level = null!;
    private Point2[] _points = [];

    [GlobalSetup]
    public void Setup()
    {
        var map = LotMap.Build(BenchLot.Generate());
        _level = map.Levels[map.Levels.Count / 2];
        _points = BenchLot.PointsInside(_level, Points, BenchLot.Seed);

        // Every method must find the same, correct space for every point.
        foreach (var p in _points)
        {
            var grid = _level.SpaceAt(p);
            var tree = _level.SpaceAtByTree(p);
            var scan = _level.SpaceAtByLinearScan(p);
            if (grid is null || !ReferenceEquals(grid, tree) || !ReferenceEquals(grid, scan))
            {
                throw new InvalidOperationException($"Lookups disagree at {p}: {grid?.Code} / {tree?.Code} / {scan?.Code}.");
            }
        }

        // Points exactly on space edges and in aisles too: on a 0.25 m lattice over a corner of the
        // level the grid must agree with the linear scan everywhere, hit or miss.
        for (var x = -1.0; x <= 60; x += 0.25)
        {
            for (var y = -1.0; y <= 60; y += 0.25)
            {
                var p = new Point2(x, y);
                if (!ReferenceEquals(_level.SpaceAt(p), _level.SpaceAtByLinearScan(p)))
                {
                    throw new InvalidOperationException($"Grid and linear scan disagree at {p}.");
                }
            }
        }
    }

    [Benchmark(OperationsPerInvoke = Points)]
    public int Grid()
    {
        var found = 0;
        foreach (var p in _points)
        {
            if (_level.SpaceAt(p) is not null)
            {
                found++;
            }
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = Points)]
    public int StrTree()
    {
        var found = 0;
        foreach (var p in _points)
        {
            if (_level.SpaceAtByTree(p) is not null)
            {
                found++;
            }
        }

        return found;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Points)]
    public int LinearScan()
    {
        var found = 0;
        foreach (var p in _points)
        {
            if (_level.SpaceAtByLinearScan(p) is not null)
            {
                found++;
            }
        }

        return found;
    }
}
