using System.ComponentModel.DataAnnotations;

namespace ParkShare.Web.Imaging;

/// <summary>What decoding uploaded pictures (record photos, floor plans) may cost the host.</summary>
public sealed class ImagingOptions
{
    public const string SectionName = "Imaging";

    /// <summary>
    /// The most pixels one decode holds (4 bytes each): a larger picture is sampled down while it is decoded,
    /// row by row, so a 6,300 x 6,300 PNG never exists at full size in memory. 16 MP is 64 MB.
    /// </summary>
    [Range(1_000_000, 64_000_000)]
    public long MaxDecodePixels { get; set; } = 16_000_000;

    /// <summary>How many decodes run at once on this node; the others wait their turn (their upload already read).</summary>
    [Range(1, 64)]
    public int MaxConcurrentDecodes { get; set; } = 2;

    /// <summary>
    /// How many uploads may wait for a decode slot on this node, each holding its body (up to 5 MB); one more
    /// is refused at once with 503 and Retry-After instead of waiting. 0: only uploads that find a free slot.
    /// </summary>
    [Range(0, 1_000)]
    public int MaxQueuedDecodes { get; set; } = 32;

    /// <summary>Photo uploads per driver per minute (API and /m together); 0 turns the limit off.</summary>
    [Range(0, 10_000)]
    public int UploadsPerDriverPerMinute { get; set; } = 10;
}
