namespace ParkShare.Web.MiniProgram;

/// <summary>
/// The public client configuration: the subscribe template ids the client may ask for (empty when
/// that channel is off), the minimum client version, and whether WeChat runs in the sandbox.
/// </summary>
public sealed record MiniProgramConfigDto(SubscribeTemplatesDto Templates, string MinClientVersion, bool Sandbox);
