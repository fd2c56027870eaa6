using System.Buffers.Text;
using System.Security.Cryptography;

namespace ParkShare.Core.Console;

/// <summary>
/// The secret of a staff invite or password-reset link: 256 random bits as 43 base64url characters.
/// Only its SHA-256 is stored, so a copy of the database opens no account.
/// </summary>
public static class StaffToken
{
    public const int Length = 43;
    private const int Bytes = 32;

    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(Bytes));

    /// <summary>The SHA-256 of the token's bytes, or null when the text is not a token of ours (never looked up).</summary>
    public static byte[]? Hash(string? token)
    {
        if (token is not { Length: Length } || !token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
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
            // 43 alphabet characters whose last one carries stray low bits is no token of ours either.
            return null;
        }
    }

    /// <summary>Compares in constant time, so the answer's timing says nothing about how much of a hash matched.</summary>
    public static bool Matches(byte[] stored, byte[] presented) => CryptographicOperations.FixedTimeEquals(stored, presented);
}
