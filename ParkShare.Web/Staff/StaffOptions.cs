using System.ComponentModel.DataAnnotations;

namespace ParkShare.Web.Staff;

/// <summary>The section Staff: how long invite and password-reset links stay valid, and how often a client may try one.</summary>
public sealed class StaffOptions
{
    public const string SectionName = "Staff";

    [Range(typeof(TimeSpan), "00:05:00", "30.00:00:00")]
    public TimeSpan InviteLifetime { get; set; } = TimeSpan.FromHours(72);

    [Range(typeof(TimeSpan), "00:05:00", "7.00:00:00")]
    public TimeSpan ResetLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Requests to invite and reset pages per client address per minute; 0 turns the limit off.</summary>
    [Range(0, 10_000)]
    public int LinkRequestsPerClientPerMinute { get; set; } = 30;
}
