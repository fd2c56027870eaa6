namespace ParkShare.Core.WeChat;

/// <summary>
/// A refused signature, ciphertext, XML or JSON payload. The message names the kind of failure
/// only: never a key, a plaintext or any part of the payload.
/// </summary>
public sealed class WeChatProtocolException(WeChatProtocolError error) : Exception($"WeChat payload refused: {error}.")
{
    public WeChatProtocolError Error { get; } = error;
}
