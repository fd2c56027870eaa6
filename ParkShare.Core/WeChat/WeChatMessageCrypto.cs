using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace ParkShare.Core.WeChat;

/// <summary>
/// Safe-mode (encrypt_type=aes) message encryption of the official account: AES-256-CBC with
/// key = Base64(EncodingAESKey + "="), IV = the key's first 16 bytes; plaintext = 16 random bytes ‖
/// 4-byte big-endian message length ‖ message ‖ AppId, padded PKCS#7 to a 32-byte block (not AES's
/// 16, so the framework's padding cannot be used: it is added and checked here).
/// </summary>
public sealed class WeChatMessageCrypto
{
    public const int EncodingAesKeyLength = 43;
    private const int Block = 32;
    private const int PrefixLength = 16;
    private readonly byte[] _key;
    private readonly string _appId;

    /// <exception cref="WeChatProtocolException">InvalidKey when the EncodingAESKey is not 43 Base64 characters.</exception>
    public WeChatMessageCrypto(string encodingAesKey, string appId)
    {
        _key = DecodeKey(encodingAesKey) ?? throw new WeChatProtocolException(WeChatProtocolError.InvalidKey);
        _appId = appId ?? string.Empty;
    }

    public static bool IsValidKey(string? encodingAesKey) => DecodeKey(encodingAesKey) is not null;

    /// <summary>The Encrypt value for <paramref name="message"/>; <paramref name="randomPrefix"/> (16 bytes) only for reproducible tests.</summary>
    public string Encrypt(string message, ReadOnlySpan<byte> randomPrefix = default)
    {
        if (!randomPrefix.IsEmpty && randomPrefix.Length != PrefixLength)
        {
            throw new ArgumentException("The random prefix is 16 bytes.", nameof(randomPrefix));
        }

        var body = Encoding.UTF8.GetBytes(message);
        var appId = Encoding.UTF8.GetBytes(_appId);
        var length = PrefixLength + 4 + body.Length + appId.Length;
        var pad = Block - length % Block;
        var plain = new byte[length + pad];
        if (randomPrefix.IsEmpty)
        {
            RandomNumberGenerator.Fill(plain.AsSpan(0, PrefixLength));
        }
        else
        {
            randomPrefix.CopyTo(plain);
        }

        BinaryPrimitives.WriteInt32BigEndian(plain.AsSpan(PrefixLength), body.Length);
        body.CopyTo(plain, PrefixLength + 4);
        appId.CopyTo(plain, PrefixLength + 4 + body.Length);
        plain.AsSpan(length).Fill((byte)pad);
        using var aes = Aes.Create();
        aes.Key = _key;
        return Convert.ToBase64String(aes.EncryptCbc(plain, _key.AsSpan(0, 16), PaddingMode.None));
    }

    /// <summary>The message inside an Encrypt value, after checking its padding, length and AppId.</summary>
    /// <exception cref="WeChatProtocolException">For anything that is not a message of ours.</exception>
    public string Decrypt(string encrypted)
    {
        byte[] cipher;
        try
        {
            cipher = Convert.FromBase64String(encrypted ?? string.Empty);
        }
        catch (FormatException)
        {
            throw new WeChatProtocolException(WeChatProtocolError.InvalidBase64);
        }

        if (cipher.Length == 0 || cipher.Length % Block != 0)
        {
            throw new WeChatProtocolException(WeChatProtocolError.InvalidBlockLength);
        }

        using var aes = Aes.Create();
        aes.Key = _key;
        var plain = aes.DecryptCbc(cipher, _key.AsSpan(0, 16), PaddingMode.None);
        var pad = plain[^1];
        if (pad is < 1 or > Block || plain.AsSpan(plain.Length - pad).ContainsAnyExcept(pad))
        {
            throw new WeChatProtocolException(WeChatProtocolError.InvalidPadding);
        }

        var content = plain.AsSpan(0, plain.Length - pad);
        if (content.Length < PrefixLength + 4)
        {
            throw new WeChatProtocolException(WeChatProtocolError.InvalidLength);
        }

        var length = BinaryPrimitives.ReadInt32BigEndian(content.Slice(PrefixLength, 4));
        if (length < 0 || length > content.Length - PrefixLength - 4)
        {
            throw new WeChatProtocolException(WeChatProtocolError.InvalidLength);
        }

        var appId = content[(PrefixLength + 4 + length)..];
        if (!CryptographicOperations.FixedTimeEquals(appId, Encoding.UTF8.GetBytes(_appId)))
        {
            throw new WeChatProtocolException(WeChatProtocolError.AppIdMismatch);
        }

        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content.Slice(PrefixLength + 4, length));
        }
        catch (ArgumentException)
        {
            throw new WeChatProtocolException(WeChatProtocolError.InvalidText);
        }
    }

    private static byte[]? DecodeKey(string? encodingAesKey)
    {
        if (encodingAesKey is not { Length: EncodingAesKeyLength })
        {
            return null;
        }

        try
        {
            var key = Convert.FromBase64String(encodingAesKey + "=");
            return key.Length == 32 ? key : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
