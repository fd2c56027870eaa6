namespace ParkShare.Core.WeChat;

/// <summary>What the sandbox would have sent to WeChat: kind is "subscribe" or "template".</summary>
public sealed record SandboxMessage(
    DateTime SentAtUtc,
    string Kind,
    string ToOpenId,
    string TemplateId,
    string? Target,
    IReadOnlyDictionary<string, string> Data);
