using System.ComponentModel.DataAnnotations;

namespace ParkShare.Web.Staff;

public sealed class ConsoleOptions
{
    public const string SectionName = "Console";

    /// <summary>
    /// The first administrator, created on first run only. Development takes the documented one from
    /// appsettings.Development.json; elsewhere both come from the operator (<see cref="ConsoleOptionsValidator"/>).
    /// </summary>
    [EmailAddress]
    public string? AdminEmail { get; set; }

    [MinLength(8)]
    public string? AdminPassword { get; set; }

    /// <summary>The IANA time zone of console times that belong to no lot (staff links, logs, the sandbox inbox).</summary>
    [Required]
    public string TimeZone { get; set; } = "Asia/Shanghai";
}
