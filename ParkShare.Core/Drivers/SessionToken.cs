using System.Buffers.Text;
using System.Security.Cryptography;

namespace ParkShare.Core.Drivers;

/// <summary>256-bit random session tokens (base64url) and the hash they are looked up by.</summary>
public static class SessionToken
{
    public const int Bytes = 32;

    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(Bytes));

    /// <summary>The SHA-256 of the token's bytes, or null when the text is not a token of ours.</summary>
    public static byte[]? Hash(string token)
    {
        if (token.Length != 43 || !token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            return null;
        }

        Span<byte> raw = stackalloc byte[Bytes + 2];
        try
        {
            return Base64Url.TryDecodeFromChars(token, raw, out var written) && written == Bytes
                ? SHA256.HashData(raw[..written])
                : null;
        }
        catch (FormatException)
        {
            // 43 alphabet characters whose last one carries stray low bits: the decoder throws instead of answering false.
            return null;
        }
    }
}
