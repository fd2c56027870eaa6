namespace ParkShare.Web.WeChat;

/// <summary>One message the sandbox would have sent through WeChat: kind "subscribe" or "template", the template, the page it opens and its data.</summary>
public sealed record SandboxInboxMessageDto(DateTimeOffset At, string Kind, string TemplateId, string? Page, IReadOnlyDictionary<string, string> Data);
