namespace ParkShare.Core.WeChat;

/// <summary>
/// The WeChat calls ParkShare makes. Sandbox and Live implementations differ only here; the
/// services above them are the same in both modes.
/// </summary>
public interface IWeChatClient
{
    /// <summary>jscode2session: exchanges a mini-program login code (single use) for the user's openid.</summary>
    Task<WeChatLogin> Code2SessionAsync(string code, CancellationToken cancellationToken = default);
}
