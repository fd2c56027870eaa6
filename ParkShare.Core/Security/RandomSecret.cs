using System.Buffers;
using System.Buffers.Text;
using System.Security.Cryptography;

namespace ParkShare.Core.Security;

/// <summary>
/// 256 random bits as 43 base64url characters, stored and looked up only by the SHA-256 of the bits:
/// drivers' session tokens, staff invite and reset links, sensor API keys.
/// </summary>
public static class RandomSecret
{
    public const int Bytes = 32;
    public const int Length = 43;

    private static readonly SearchValues<char> Alphabet =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");

    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(Bytes));

    /// <summary>The SHA-256 of the decoded bits, or null when the text is not such a secret (never looked up).</summary>
    public static byte[]? Hash(ReadOnlySpan<char> text)
    {
        if (text.Length != Length || text.ContainsAnyExcept(Alphabet))
        {
            return null;
        }

        Span<byte> raw = stackalloc byte[Bytes + 2];
        try
        {
            return Base64Url.TryDecodeFromChars(text, raw, out var written) && written == Bytes
                ? SHA256.HashData(raw[..written])
                : null;
        }
        catch (FormatException)
        {
            // Despite its name, TryDecodeFromChars throws when the last character carries stray low bits.
            return null;
        }
    }
}
