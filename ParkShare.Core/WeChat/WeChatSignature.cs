using System.Security.Cryptography;
using System.Text;

namespace ParkShare.Core.WeChat;

/// <summary>
/// The official account's signatures: hex SHA-1 of the ordinal-sorted concatenation of the parts
/// ([Token, timestamp, nonce] for the server URL and plain messages; plus Encrypt for safe mode's
/// msg_signature). Compared in fixed time so the answer time leaks nothing of the expected value.
/// </summary>
public static class WeChatSignature
{
    public static string Compute(params string[] parts)
    {
        var sorted = parts.Select(p => p ?? string.Empty).Order(StringComparer.Ordinal);
#pragma warning disable CA5350 // WeChat defines its signatures as SHA-1; ParkShare checks them, it does not choose them.
        return Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(string.Concat(sorted))));
#pragma warning restore CA5350
    }

    /// <summary>Whether <paramref name="signature"/> (hex, any case) is the signature of <paramref name="parts"/>.</summary>
    public static bool Matches(string? signature, params string[] parts)
    {
        if (signature is not { Length: 40 } || parts.Any(string.IsNullOrEmpty))
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Compute(parts));
        var given = Encoding.ASCII.GetBytes(signature.ToLowerInvariant());
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }
}
