using System.ComponentModel.DataAnnotations;

namespace ParkShare.Core.Occupancy;

public sealed class OccupancyOptions
{
    public const string SectionName = "Occupancy";

    /// <summary>
    /// How long a sensor's "occupied" counts: an older observation no longer marks the space
    /// (the state falls back to what ParkShare itself knows), so a dead device cannot block a space.
    /// </summary>
    [Range(1, 7 * 24 * 60)]
    public int SensorTtlMinutes { get; set; } = 24 * 60;

    public TimeSpan SensorTtl => TimeSpan.FromMinutes(SensorTtlMinutes);

    /// <summary>Invalid API keys one client address may present per minute before 429 (0 = off).</summary>
    [Range(0, 1_000_000)]
    public int InvalidKeysPerClientPerMinute { get; set; } = 10;
}
