using System.Security.Cryptography;
using System.Text.Json;

namespace ParkShare.Core.WeChat;

/// <summary>
/// A mini-program encryptedData payload (user info, legacy phone number): AES-128-CBC with
/// key = Base64(session_key), IV = Base64(iv), PKCS#7; the JSON inside must carry
/// watermark.appid equal to our mini-program AppId, or it was made for another app.
/// </summary>
public static class WeChatEncryptedData
{
    /// <summary>The decrypted JSON object (detached from any buffer).</summary>
    /// <exception cref="WeChatProtocolException">For a bad key or IV, a tampered payload or another app's data.</exception>
    public static JsonElement Decrypt(string sessionKey, string iv, string encryptedData, string appId)
    {
        var key = FromBase64(sessionKey, WeChatProtocolError.InvalidKey);
        var vector = FromBase64(iv, WeChatProtocolError.InvalidKey);
        var cipher = FromBase64(encryptedData, WeChatProtocolError.InvalidBase64);
        if (key.Length != 16 || vector.Length != 16)
        {
            throw new WeChatProtocolException(WeChatProtocolError.InvalidKey);
        }

        if (cipher.Length == 0 || cipher.Length % 16 != 0)
        {
            throw new WeChatProtocolException(WeChatProtocolError.InvalidBlockLength);
        }

        byte[] plain;
        using (var aes = Aes.Create())
        {
            aes.Key = key;
            try
            {
                plain = aes.DecryptCbc(cipher, vector, PaddingMode.PKCS7);
            }
            catch (CryptographicException)
            {
                throw new WeChatProtocolException(WeChatProtocolError.InvalidPadding);
            }
        }

        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(plain, new JsonDocumentOptions { MaxDepth = 16 });
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            throw new WeChatProtocolException(WeChatProtocolError.InvalidJson);
        }

        var watermarkAppId = root.ValueKind == JsonValueKind.Object
            && root.TryGetProperty("watermark", out var watermark) && watermark.ValueKind == JsonValueKind.Object
            && watermark.TryGetProperty("appid", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
        if (string.IsNullOrEmpty(appId) || watermarkAppId != appId)
        {
            throw new WeChatProtocolException(WeChatProtocolError.AppIdMismatch);
        }

        return root;
    }

    private static byte[] FromBase64(string? value, WeChatProtocolError error)
    {
        try
        {
            return Convert.FromBase64String(value ?? string.Empty);
        }
        catch (FormatException)
        {
            throw new WeChatProtocolException(error);
        }
    }
}
