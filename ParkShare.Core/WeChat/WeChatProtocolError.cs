namespace ParkShare.Core.WeChat;

/// <summary>Why a message from WeChat (or from someone pretending to be WeChat) was refused.</summary>
public enum WeChatProtocolError
{
    /// <summary>Our own EncodingAESKey is not a valid key (configuration, not the sender).</summary>
    InvalidKey,
    InvalidBase64,
    InvalidBlockLength,
    InvalidPadding,
    InvalidLength,
    AppIdMismatch,
    InvalidText,
    InvalidXml,
    XmlTooLarge,
    MissingField,
}
