using System.ComponentModel.DataAnnotations;

namespace ParkShare.Core.Sharing.Links;

/// <summary>Secure links to a parked car (section "Sharing").</summary>
public sealed class SharingOptions
{
    public const string SectionName = "Sharing";

    [Range(typeof(TimeSpan), "00:10:00", "366.00:00:00")]
    public TimeSpan DefaultLifetime { get; set; } = TimeSpan.FromDays(3);

    [Range(typeof(TimeSpan), "00:10:00", "366.00:00:00")]
    public TimeSpan MaxLifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Wrong PINs in a row before the link locks for <see cref="PinLockout"/>.</summary>
    [Range(1, 100)]
    public int MaxPinAttempts { get; set; } = 5;

    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan PinLockout { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Unknown tokens and wrong PINs one client may try per minute (0 = off).</summary>
    [Range(0, 1_000_000)]
    public int MissesPerClientPerMinute { get; set; } = 20;

    /// <summary>Views of one link per minute (0 = off).</summary>
    [Range(0, 1_000_000)]
    public int ViewsPerLinkPerMinute { get; set; } = 60;

    [Range(1, 100)]
    public int MaxLinksPerRecord { get; set; } = 10;
}
