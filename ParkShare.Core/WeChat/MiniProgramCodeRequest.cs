namespace ParkShare.Core.WeChat;

/// <summary>
/// getwxacodeunlimit: a mini-program code opening <paramref name="Page"/> with <paramref name="Scene"/>
/// (at most 32 visible characters). EnvVersion is release, trial or develop.
/// </summary>
public sealed record MiniProgramCodeRequest(string Scene, string Page, int Width = 430, string EnvVersion = "release");
