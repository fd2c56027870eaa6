using System.Buffers.Text;
using System.Security.Cryptography;

namespace ParkShare.Web.Hosting;

/// <summary>
/// The per-request nonce of the console's Content-Security-Policy: the only inline script the console
/// has, Blazor's import map (<c>&lt;ImportMap /&gt;</c>), carries it, so <c>script-src</c> needs no
/// <c>'unsafe-inline'</c>. 128 random bits, new for every response, base64url (nothing that HTML would escape).
/// </summary>
public static class CspNonce
{
    private static readonly object Key = new();

    /// <summary>This request's nonce, made on first use.</summary>
    public static string Of(HttpContext context)
    {
        if (context.Items.TryGetValue(Key, out var value) && value is string nonce)
        {
            return nonce;
        }

        nonce = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));
        context.Items[Key] = nonce;
        return nonce;
    }
}
