using ParkShare.Core.Sharing.Links;

namespace ParkShare.Tests.Fakes;

/// <summary>A share-token "protector" that only prefixes: enough for core tests that read tokens back without Data Protection.</summary>
public sealed class PrefixShareTokenProtector : IShareTokenProtector
{
    public string Protect(string token) => "p:" + token;

    public string? Unprotect(string protectedToken) => protectedToken.StartsWith("p:", StringComparison.Ordinal) ? protectedToken[2..] : null;
}
