using System.Security.Cryptography;
using ParkShare.Core.Security;

namespace ParkShare.Core.Staff;

/// <summary>
/// The secret of a staff invite or password-reset link: 256 random bits as 43 base64url characters.
/// Only its SHA-256 is stored, so a copy of the database opens no account.
/// </summary>
public static class StaffToken
{
    public const int Length = RandomSecret.Length;

    public static string New() => RandomSecret.New();

    /// <summary>The SHA-256 of the token's bytes, or null when the text is not a token of ours (never looked up).</summary>
    public static byte[]? Hash(string? token) => token is null ? null : RandomSecret.Hash(token);

    /// <summary>Compares in constant time, so the answer's timing says nothing about how much of a hash matched.</summary>
    public static bool Matches(byte[] stored, byte[] presented) => CryptographicOperations.FixedTimeEquals(stored, presented);
}
