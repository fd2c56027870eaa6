using ParkShare.Core.WeChat;

namespace ParkShare.Core.Sharing.Push;

/// <summary>
/// A claimed message ready to send: the subscribe message (with the authorisation it uses) and the
/// template message, each null when that channel is not open to the recipient; or why it is skipped.
/// </summary>
public sealed record ComposedPush(OutboxMessage Message, SubscribeMessage? Subscribe, Guid? GrantId, TemplateMessage? Template, string? Skip = null);
