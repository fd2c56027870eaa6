using System.ComponentModel.DataAnnotations;

namespace ParkShare.Web.Api;

public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimits";

    /// <summary>Refinements per client address per minute; 0 turns the limit off.</summary>
    [Range(0, 1_000_000)]
    public int RefinePerMinute { get; set; } = 120;

    /// <summary>Occupancy feed batches per API key per minute; 0 turns the limit off.</summary>
    [Range(0, 1_000_000)]
    public int OccupancyBatchesPerMinute { get; set; } = 120;
}
