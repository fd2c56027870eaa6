using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace ParkShare.Web.Hosting;

public static class DataProtectionRegistration
{
    /// <summary>
    /// Data Protection keys in <see cref="KeyStorageOptions.KeysDirectory"/>, encrypted with the
    /// certificate of <see cref="KeyStorageOptions.CertificatePath"/> when one is configured. The key
    /// ring is set up before the container is built, so the options are read here, once.
    /// </summary>
    public static WebApplicationBuilder AddParkShareDataProtection(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(KeyStorageOptions.SectionName).Get<KeyStorageOptions>() ?? new KeyStorageOptions();
        var protection = builder.Services.AddDataProtection()
            .PersistKeysToFileSystem(new DirectoryInfo(ParkShareHost.ResolvePath(options.KeysDirectory)))
            .SetApplicationName("ParkShare");
        if (!string.IsNullOrWhiteSpace(options.CertificatePath))
        {
            var path = ParkShareHost.ResolvePath(options.CertificatePath);
            if (!File.Exists(path))
            {
                throw new InvalidOperationException("DataProtection:CertificatePath does not name a readable .pfx file.");
            }

            var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, options.CertificatePassword);
            protection.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
        }

        return builder;
    }
}
