using Microsoft.AspNetCore.DataProtection;
using ParkShare.Core.Sharing.Links;

namespace ParkShare.Web.Sharing.Links;

/// <summary>Share tokens at rest: encrypted with this installation's Data Protection keys (data/keys).</summary>
public sealed class DataProtectionShareTokenProtector(IDataProtectionProvider provider) : IShareTokenProtector
{
    private readonly IDataProtector _protector = provider.CreateProtector("ParkShare.Sharing.Token.v1");

    public string Protect(string token) => _protector.Protect(token);

    public string? Unprotect(string protectedToken)
    {
        try
        {
            return _protector.Unprotect(protectedToken);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
