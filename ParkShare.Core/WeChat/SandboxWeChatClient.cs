using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace ParkShare.Core.WeChat;

/// <summary>
/// Offline WeChat for development and demos: a login code X signs in openid "sandbox-X". Codes are
/// single use, as WeChat's are, so clients meet the same errors they will meet live.
/// </summary>
public sealed class SandboxWeChatClient : IWeChatClient
{
    public const string OpenIdPrefix = "sandbox-";
    private const int MaxCodeLength = 64;
    private readonly ConcurrentDictionary<string, byte> _usedCodes = new(StringComparer.Ordinal);

    public Task<WeChatLogin> Code2SessionAsync(string code, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > MaxCodeLength || !code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            throw new WeChatException(WeChatException.InvalidCode, "invalid code");
        }

        if (!_usedCodes.TryAdd(code, 0))
        {
            throw new WeChatException(WeChatException.CodeAlreadyUsed, "code been used");
        }

        var sessionKey = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes("sandbox-session:" + code))[..16]);
        return Task.FromResult(new WeChatLogin(OpenIdPrefix + code, null, sessionKey));
    }
}
