using System.ComponentModel.DataAnnotations;

using ParkShare.Web.Lots;
using ParkShare.Web.Lots.Editing;
using ParkShare.Web.Lots.Exchange;
using ParkShare.Web.Occupancy;
namespace ParkShare.Web.Staff;

public sealed class ConsoleOptions
{
    public const string SectionName = "Console";

    /// <summary>The first administrator, created on first run only.</summary>
    [EmailAddress]
    public string? AdminEmail { get; set; }

    [MinLength(8)]
    public string? AdminPassword { get; set; }
}
