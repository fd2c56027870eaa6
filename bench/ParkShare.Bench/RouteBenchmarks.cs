using BenchmarkDotNet.Attributes;
using ParkShare.Core.Lots;

namespace ParkShare.Bench;

/// <summary>
/// Walking route from the entrances to random spaces across all ten levels. Each invocation routes
/// to <see cref="Routes"/> pre-picked spaces, so the reported time is the cost of ONE route.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(warmupCount: 3, iterationCount: 10)]
public class RouteBenchmarks
{
    public const int Routes = 256;

    private LotMap _map = null!;
    private SpaceEntry[] _targets = [];

    [GlobalSetup]
    public void Setup()
    {
        _map = LotMap.Build(BenchLot.Generate());
        var random = new Random(BenchLot.Seed);
        _targets = [.. Enumerable.Range(0, Routes).Select(_ => _map.Spaces[random.Next(_map.Spaces.Count)])];
        foreach (var target in _targets)
        {
            if (_map.RouteTo(target) is not { Steps.Count: > 0 })
            {
                throw new InvalidOperationException($"No route to {target.Code}.");
            }
        }
    }

    [Benchmark(OperationsPerInvoke = Routes)]
    public double RouteTo()
    {
        var total = 0.0;
        foreach (var target in _targets)
        {
            total += _map.RouteTo(target)!.DistanceMeters;
        }

        return total;
    }
}
