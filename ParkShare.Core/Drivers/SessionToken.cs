using ParkShare.Core.Security;

namespace ParkShare.Core.Drivers;

/// <summary>256-bit random session tokens (base64url) and the hash they are looked up by.</summary>
public static class SessionToken
{
    public const int Bytes = RandomSecret.Bytes;

    public static string New() => RandomSecret.New();

    /// <summary>The SHA-256 of the token's bytes, or null when the text is not a token of ours.</summary>
    public static byte[]? Hash(string token) => RandomSecret.Hash(token);
}
