using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using QRCoder;

namespace ParkShare.Core.WeChat;

/// <summary>
/// Offline WeChat for development and demos. A login code X (or X~anything) signs in mini-program openid
/// "sandbox-X" and an OAuth code X official-account openid "sandbox-oa-X", both with unionid
/// "sandbox-union-X", so the two channels of one sandbox person link as they would live. Codes are
/// single use, as WeChat's are. Messages land in the <see cref="WeChatSandboxInbox"/>.
/// </summary>
public sealed class SandboxWeChatClient(WeChatSandboxInbox inbox, TimeProvider clock) : IWeChatClient
{
    public const string OpenIdPrefix = "sandbox-";
    public const string OfficialAccountOpenIdPrefix = "sandbox-oa-";
    public const string UnionIdPrefix = "sandbox-union-";
    private const int MaxCodeLength = 64;
    private const int MaxSceneLength = 64;
    private readonly ConcurrentDictionary<string, byte> _usedCodes = new(StringComparer.Ordinal);

    /// <summary>The identity the sandbox "sign in as" picker of the /m pages gives a name.</summary>
    public static WeChatIdentity OfficialAccountIdentity(string name) =>
        new(WeChatChannel.OfficialAccount, OfficialAccountOpenIdPrefix + name, UnionIdPrefix + name);

    public Task<WeChatLogin> Code2SessionAsync(string code, CancellationToken cancellationToken = default)
    {
        UseCode(code, "mp:");
        // "X~anything" signs in X again with a fresh code (a developer's second sign-in without a restart); the whole code stays single use.
        var name = code.Split('~')[0];
        var sessionKey = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes("sandbox-session:" + code))[..16]);
        return Task.FromResult(new WeChatLogin(OpenIdPrefix + name, UnionIdPrefix + name, sessionKey));
    }

    public Task<WeChatIdentity> ExchangeOAuthCodeAsync(string code, CancellationToken cancellationToken = default)
    {
        UseCode(code, "oa:");
        return Task.FromResult(OfficialAccountIdentity(code.Split('~')[0]));
    }

    public Task<WeChatImage> GetMiniProgramCodeAsync(MiniProgramCodeRequest request, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(request.Scene) || request.Scene.Length > 32 || request.Scene.Any(c => c is < '!' or > '~'))
        {
            throw new WeChatException(40169, "invalid scene");
        }

        // A plain QR stands in for the round mini-program code; it carries the same page and scene.
        using var qr = QRCodeGenerator.GenerateQrCode($"sandbox-wxacode:{request.Page}?scene={request.Scene}", QRCodeGenerator.ECCLevel.M);
        return Task.FromResult(new WeChatImage("image/png", new PngByteQRCode(qr).GetGraphic(8)));
    }

    public Task<OfficialAccountQr> CreateOfficialAccountQrAsync(string scene, TimeSpan? lifetime, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(scene) || scene.Length > MaxSceneLength)
        {
            throw new WeChatException(40013, "invalid scene");
        }

        var ticket = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("sandbox-qr:" + scene))[..12]);
        DateTime? expires = lifetime is { } l ? clock.GetUtcNow().UtcDateTime + l : null;
        return Task.FromResult(new OfficialAccountQr(scene, ticket, "https://weixin.qq.com/q/sandbox-" + ticket, expires));
    }

    public Task SendSubscribeMessageAsync(SubscribeMessage message, CancellationToken cancellationToken = default)
    {
        inbox.Add(new SandboxMessage(clock.GetUtcNow().UtcDateTime, "subscribe", message.ToOpenId, message.TemplateId, message.Page, message.Data));
        return Task.CompletedTask;
    }

    public Task SendTemplateMessageAsync(TemplateMessage message, CancellationToken cancellationToken = default)
    {
        if (!message.ToOpenId.StartsWith(OfficialAccountOpenIdPrefix, StringComparison.Ordinal))
        {
            throw new WeChatException(WeChatException.NotFollowing, "require subscribe");
        }

        inbox.Add(new SandboxMessage(clock.GetUtcNow().UtcDateTime, "template", message.ToOpenId, message.TemplateId, message.Url ?? message.MiniProgramPage, message.Data));
        return Task.CompletedTask;
    }

    private void UseCode(string code, string channel)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > MaxCodeLength || !code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '~')
            || code.StartsWith('~') || code.Count(c => c == '~') > 1)
        {
            throw new WeChatException(WeChatException.InvalidCode, "invalid code");
        }

        if (!_usedCodes.TryAdd(channel + code, 0))
        {
            throw new WeChatException(WeChatException.CodeAlreadyUsed, "code been used");
        }
    }
}
