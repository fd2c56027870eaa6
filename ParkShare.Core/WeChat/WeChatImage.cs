namespace ParkShare.Core.WeChat;

/// <summary>An image WeChat rendered (a mini-program code).</summary>
public sealed record WeChatImage(string ContentType, byte[] Bytes);
