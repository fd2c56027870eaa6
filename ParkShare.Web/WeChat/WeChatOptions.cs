using System.ComponentModel.DataAnnotations;

namespace ParkShare.Web.WeChat;

public sealed class WeChatOptions
{
    public const string SectionName = "WeChat";

    /// <summary>Sandbox: no network, fake openids ("sandbox-" + code). Live arrives with the WeChat client.</summary>
    [Required]
    [RegularExpression("^Sandbox$", ErrorMessage = "WeChat:Mode must be Sandbox in this version (the live client is not built yet).")]
    public string Mode { get; set; } = "Sandbox";

    /// <summary>Sandbox sign-in lets anyone be anyone: refused in Production unless this is true.</summary>
    public bool AllowSandboxInProduction { get; set; }

    public bool IsSandbox => Mode == "Sandbox";
}
