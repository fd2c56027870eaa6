using System.ComponentModel.DataAnnotations;

namespace ParkShare.Web.Lots.FloorPlans;

/// <summary>Limits on uploaded floor-plan images.</summary>
public sealed class FloorPlanOptions
{
    public const string SectionName = "FloorPlans";

    /// <summary>The largest file taken, in bytes.</summary>
    [Range(1024, 50 * 1024 * 1024)]
    public int MaxBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>The widest and tallest image taken, in pixels, read from the header before any pixel is decoded.</summary>
    [Range(16, 16_000)]
    public int MaxWidth { get; set; } = 8000;

    [Range(16, 16_000)]
    public int MaxHeight { get; set; } = 8000;
}
