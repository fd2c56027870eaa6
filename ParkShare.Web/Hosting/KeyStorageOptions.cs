namespace ParkShare.Web.Hosting;

/// <summary>
/// Where the Data Protection keys live (section "DataProtection") and, when a certificate is given,
/// that they are written encrypted to it. Without one a copy of the keys folder can decrypt stored
/// share tokens and forge cookies (docs/security.md).
/// </summary>
public sealed class KeyStorageOptions
{
    public const string SectionName = "DataProtection";

    /// <summary>Relative paths are relative to appsettings.json, like the database.</summary>
    public string KeysDirectory { get; set; } = "data/keys";

    /// <summary>A PKCS#12 (.pfx) file whose certificate encrypts the keys at rest.</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }
}
