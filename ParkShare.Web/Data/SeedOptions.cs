namespace ParkShare.Web.Data;

public sealed class SeedOptions
{
    public const string SectionName = "Seed";

    /// <summary>Seed the realistic demo lot when the database has no lot.</summary>
    public bool DemoLot { get; set; }
}
