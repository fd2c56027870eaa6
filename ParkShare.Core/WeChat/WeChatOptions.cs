using System.ComponentModel.DataAnnotations;

namespace ParkShare.Core.WeChat;

/// <summary>WeChat configuration (section "WeChat"). Secrets live here and nowhere else: never log or show them.</summary>
public sealed class WeChatOptions
{
    public const string SectionName = "WeChat";
    public const string SandboxMode = "Sandbox";
    public const string LiveMode = "Live";

    /// <summary>Sandbox: no network, fake openids, messages to an in-app inbox. Live: the real WeChat APIs.</summary>
    [Required]
    [RegularExpression("^(Sandbox|Live)$", ErrorMessage = "WeChat:Mode must be Sandbox or Live.")]
    public string Mode { get; set; } = SandboxMode;

    /// <summary>Sandbox sign-in lets anyone be anyone: refused in Production unless this is true.</summary>
    public bool AllowSandboxInProduction { get; set; }

    /// <summary>Base of WeChat's HTTP APIs; tests point it at a fake server on loopback.</summary>
    [Required]
    [Url]
    public string ApiBaseUrl { get; set; } = "https://api.weixin.qq.com";

    /// <summary>Live mode: one HTTP attempt gives up after this (a retry follows only where it cannot deliver twice).</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Live mode: a whole call, retries included, gives up after this and fails as <see cref="WeChatException.Transport"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:02:00")]
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(15);

    public WeChatAppOptions MiniProgram { get; set; } = new();

    public WeChatOfficialAccountOptions OfficialAccount { get; set; } = new();

    public WeChatTemplateOptions Templates { get; set; } = new();

    public bool IsSandbox => Mode == SandboxMode;
}
