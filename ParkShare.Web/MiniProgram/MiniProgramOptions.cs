using System.ComponentModel.DataAnnotations;

namespace ParkShare.Web.MiniProgram;

/// <summary>What the mini-program client is told at start (GET /api/mp/config).</summary>
public sealed class MiniProgramOptions
{
    public const string SectionName = "MiniProgram";

    /// <summary>Clients older than this ask the driver to update (WeChat's own update manager does the rest).</summary>
    [Required]
    [RegularExpression(@"^\d{1,4}\.\d{1,4}\.\d{1,4}$", ErrorMessage = "MiniProgram:MinClientVersion must look like 1.0.0.")]
    public string MinClientVersion { get; set; } = "1.0.0";

    /// <summary>The page a share link's mini-program code opens, with scene = the share token.</summary>
    public const string ShareViewPage = "pages/share/view";
}
