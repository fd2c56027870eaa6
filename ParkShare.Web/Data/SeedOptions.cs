namespace ParkShare.Web.Data;

public sealed class SeedOptions
{
    public const string SectionName = "Seed";

    /// <summary>Seed the realistic demo lot when the database has no lot.</summary>
    public bool DemoLot { get; set; }

    /// <summary>Also seed a one-level lot of 600 spaces, the size issue #4's load figures are stated for (benchmarks only).</summary>
    public bool BenchmarkLot { get; set; }
}
