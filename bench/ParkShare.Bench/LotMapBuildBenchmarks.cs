using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using ParkShare.Core.Lots;

namespace ParkShare.Bench;

/// <summary>
/// Building the in-memory <see cref="LotMap"/> (indexes, walkway graph, Dijkstra from the entrances)
/// for the 50,400-space lot: the precomputation done once per lot version. Long-running, so few
/// single-invocation iterations.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 10)]
public class LotMapBuildBenchmarks
{
    private Lot _lot = null!;

    [GlobalSetup]
    public void Setup() => _lot = BenchLot.Generate();

    [Benchmark]
    public LotMap Build() => LotMap.Build(_lot);
}
