using System.ComponentModel.DataAnnotations;

namespace ParkShare.Core.Notices;

/// <summary>When the reminder scanner tells drivers about what is coming (section "Reminders").</summary>
public sealed class RemindersOptions
{
    public const string SectionName = "Reminders";

    /// <summary>How long before a reservation starts its driver is reminded.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan BeforeStart { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long before the hold of a no-show lapses (and the space is released) its driver is reminded.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "04:00:00")]
    public TimeSpan BeforeHoldLapses { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Lot-local time of day a long stay is reminded on its expected pickup day (or at the pickup itself, if earlier).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "23:59:59")]
    public TimeSpan PickupDayReminderAt { get; set; } = TimeSpan.FromHours(9);

    /// <summary>How often the scanner runs; a reminder may come this much after its moment.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan ScanInterval { get; set; } = TimeSpan.FromSeconds(30);
}
