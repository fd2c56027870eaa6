using ParkShare.Core.Security;

namespace ParkShare.Core.Occupancy;

/// <summary>
/// Feed API key secrets: "psk_" and 256 random bits in base64url, recognisable in configuration
/// files and secret scanners; looked up by the SHA-256 of the random bytes.
/// </summary>
public static class ApiKeySecret
{
    public const string Marker = "psk_";
    public const int Bytes = RandomSecret.Bytes;
    public const int Length = 47;

    /// <summary>How much of the secret lists show: the marker and eight characters.</summary>
    public const int PrefixLength = 12;

    public static string New() => Marker + RandomSecret.New();

    public static string PrefixOf(string secret) => secret[..PrefixLength];

    /// <summary>The SHA-256 of the secret's random bytes, or null when the text is not a secret of ours.</summary>
    public static byte[]? Hash(string secret) =>
        secret.StartsWith(Marker, StringComparison.Ordinal) ? RandomSecret.Hash(secret.AsSpan(Marker.Length)) : null;
}
