using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ParkShare.Core.Sharing.Links;

/// <summary>
/// An optional PIN of 6 to 8 digits (6 is what the forms ask for), stored as a salted PBKDF2 hash.
/// Links made before PINs needed 6 digits keep their 4- or 5-digit PIN.
/// </summary>
public static class SharePin
{
    public const int MinLength = 6;
    public const int MaxLength = 8;
    private const int LegacyMinLength = 4;
    private const int Iterations = 20_000;

    public static bool IsWellFormed(string? pin) => pin is { Length: >= MinLength and <= MaxLength } && pin.All(char.IsAsciiDigit);

    private static bool MayBeStored(string? pin) => pin is { Length: >= LegacyMinLength and <= MaxLength } && pin.All(char.IsAsciiDigit);

    public static string Hash(string pin)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.ASCII.GetBytes(pin), salt, Iterations, HashAlgorithmName.SHA256, 32);
        return string.Create(CultureInfo.InvariantCulture, $"v1${Iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}");
    }

    public static bool Verify(string? pin, string stored)
    {
        var parts = stored.Split('$');
        if (!MayBeStored(pin) || parts is not ["v1", var iterations, var salt, var hash])
        {
            return false;
        }

        var expected = Convert.FromBase64String(hash);
        var actual = Rfc2898DeriveBytes.Pbkdf2(Encoding.ASCII.GetBytes(pin!), Convert.FromBase64String(salt), int.Parse(iterations, CultureInfo.InvariantCulture), HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }
}
