using Microsoft.AspNetCore.Identity;

namespace ParkShare.Core.Staff;

/// <summary>A lot staff member who signs in to the console.</summary>
public sealed class ConsoleUser : IdentityUser
{
    public string DisplayName { get; set; } = string.Empty;

    public DateTime CreatedAtUtc { get; set; }
}
