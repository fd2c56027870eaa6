using System.ComponentModel.DataAnnotations;

namespace ParkShare.Web.Parking;

public sealed class PhotoOptions
{
    public const string SectionName = "Photos";

    /// <summary>Where record photos are kept (one JPEG per record); relative paths are relative to appsettings.json, like the database.</summary>
    [Required]
    public string Directory { get; set; } = "data/photos";
}
