using BenchmarkDotNet.Attributes;
using ParkShare.Core.Lots;

namespace ParkShare.Bench;

/// <summary>Typed space code → space on the 50,400-space lot; each form must resolve to B2-C-017.</summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(warmupCount: 3, iterationCount: 10)]
public class SpaceCodeBenchmarks
{
    private const string Expected = "B2-C-017";

    private LotMap _map = null!;

    [Params("负二层C区17号", "B2-C-017", "b2c17")]
    public string Code { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _map = LotMap.Build(BenchLot.Generate());
        var match = _map.FindByCode(Code);
        if (match.Status != SpaceCodeMatchStatus.Resolved || match.Space?.Code != Expected)
        {
            throw new InvalidOperationException(
                $"'{Code}' does not resolve to {Expected}: {match.Status} {match.Space?.Code}.");
        }
    }

    [Benchmark]
    public SpaceEntry? FindByCode() => _map.FindByCode(Code).Space;
}
