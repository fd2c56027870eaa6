namespace ParkShare.Core.WeChat;

/// <summary>
/// The WeChat calls ParkShare makes. Sandbox and Live implementations differ only here; the
/// services above them are the same in both modes. Every failure is a <see cref="WeChatException"/>
/// with WeChat's errcode (or one of its transport codes); secrets never appear in it.
/// </summary>
public interface IWeChatClient
{
    /// <summary>jscode2session: exchanges a mini-program login code (single use) for the user's openid.</summary>
    Task<WeChatLogin> Code2SessionAsync(string code, CancellationToken cancellationToken = default);

    /// <summary>OAuth2 snsapi_base (the /m pages in WeChat's browser): code → official-account openid.</summary>
    Task<WeChatIdentity> ExchangeOAuthCodeAsync(string code, CancellationToken cancellationToken = default);

    /// <summary>getwxacodeunlimit: a mini-program code image.</summary>
    Task<WeChatImage> GetMiniProgramCodeAsync(MiniProgramCodeRequest request, CancellationToken cancellationToken = default);

    /// <summary>qrcode/create: QR_STR_SCENE with a lifetime (≤ 30 days), or QR_LIMIT_STR_SCENE when null.</summary>
    Task<OfficialAccountQr> CreateOfficialAccountQrAsync(string scene, TimeSpan? lifetime, CancellationToken cancellationToken = default);

    /// <summary>message/subscribe/send (mini-program openid).</summary>
    Task SendSubscribeMessageAsync(SubscribeMessage message, CancellationToken cancellationToken = default);

    /// <summary>message/template/send (official-account openid).</summary>
    Task SendTemplateMessageAsync(TemplateMessage message, CancellationToken cancellationToken = default);
}
