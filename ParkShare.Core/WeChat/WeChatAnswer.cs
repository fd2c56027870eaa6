namespace ParkShare.Core.WeChat;

/// <summary>A successful HTTP answer from WeChat before interpretation: its media type and body.</summary>
public sealed record WeChatAnswer(string? MediaType, byte[] Body);
