namespace ParkShare.Web.WeChat;

/// <summary>The sandbox's "sent" messages addressed to me, newest first.</summary>
public sealed record SandboxInboxDto(IReadOnlyList<SandboxInboxMessageDto> Items);
