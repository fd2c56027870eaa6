namespace ParkShare.Core.WeChat;

/// <summary>
/// An official-account template message to an official-account openid (43004: not a follower).
/// Opens <paramref name="Url"/>, or the mini-program page when <paramref name="MiniProgramPage"/> is set.
/// </summary>
public sealed record TemplateMessage(
    string ToOpenId,
    string TemplateId,
    string? Url,
    string? MiniProgramPage,
    IReadOnlyDictionary<string, string> Data);
