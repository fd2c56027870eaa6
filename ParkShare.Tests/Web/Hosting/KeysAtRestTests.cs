using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ParkShare.Tests.Fakes;

namespace ParkShare.Tests.Web.Hosting;

/// <summary>With DataProtection:CertificatePath the Data Protection keys are written encrypted to the certificate; they still work.</summary>
public sealed class KeysAtRestTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "parkshare-keys", Guid.NewGuid().ToString("N"));

    [Fact]
    public void Keys_CertificateConfigured_StoredEncryptedAndStillUnprotect()
    {
        Directory.CreateDirectory(_directory);
        var pfx = Path.Combine(_directory, "keys.pfx");
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=ParkShare keys", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            File.WriteAllBytes(pfx, certificate.Export(X509ContentType.Pfx, "pfx-pass"));
        }

        var keys = Path.Combine(_directory, "keys");
        using var factory = new ParkShareWebFactory();
        factory.Settings["DataProtection:KeysDirectory"] = keys;
        factory.Settings["DataProtection:CertificatePath"] = pfx;
        factory.Settings["DataProtection:CertificatePassword"] = "pfx-pass";
        var protector = factory.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test");

        var secret = protector.Protect("share-token");

        // As stored, wherever the provider keeps them (files for SQLite, the database for PostgreSQL).
        var repository = factory.Services.GetRequiredService<IOptions<KeyManagementOptions>>().Value.XmlRepository!;
        var xml = string.Concat(repository.GetAllElements().Select(e => e.ToString()));
        Assert.Contains("EncryptedData", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("unencrypted", xml, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("share-token", protector.Unprotect(secret));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
