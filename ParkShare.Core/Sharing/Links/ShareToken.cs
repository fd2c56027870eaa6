using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace ParkShare.Core.Sharing.Links;

/// <summary>
/// A share link's capability: 128 random bits as 22 base64url characters. The database keeps its
/// SHA-256 (to find the link) and a Data Protection ciphertext (so its owner can show it again).
/// </summary>
public static class ShareToken
{
    public const int Length = 22;

    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    /// <summary>Exactly 22 base64url characters; anything else is no token and is never looked up.</summary>
    public static bool IsWellFormed(string? token) =>
        token is { Length: Length } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    public static byte[]? Hash(string? token) => IsWellFormed(token) ? SHA256.HashData(Encoding.ASCII.GetBytes(token!)) : null;
}
