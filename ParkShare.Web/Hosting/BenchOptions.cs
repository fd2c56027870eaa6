namespace ParkShare.Web.Hosting;

public sealed class BenchOptions
{
    public const string SectionName = "Bench";

    /// <summary>Maps GET /bench/hello (plain text) so load tests compare endpoints against the host's own floor. Off by default.</summary>
    public bool HelloEndpoint { get; set; }

    /// <summary>Maps GET /bench/memory (live managed heap after a forced full collection, and RSS) for memory benchmarks. Off by default.</summary>
    public bool MemoryEndpoint { get; set; }
}
