using System.ComponentModel.DataAnnotations;

namespace ParkShare.Core.Sharing.Bindings;

/// <summary>Bindings between drivers and the friends who fetch their cars (section "Bindings").</summary>
public sealed class BindingOptions
{
    public const string SectionName = "Bindings";

    [Range(typeof(TimeSpan), "00:05:00", "30.00:00:00")]
    public TimeSpan InviteLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Unused, unexpired invites a driver may hold at once.</summary>
    [Range(1, 100)]
    public int MaxOpenInvites { get; set; } = 5;

    /// <summary>Active friends a driver may share with.</summary>
    [Range(1, 200)]
    public int MaxFriends { get; set; } = 20;
}
