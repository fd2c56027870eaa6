using Microsoft.Extensions.Options;
using ParkShare.Core.WeChat;

namespace ParkShare.Web.WeChat;

/// <summary>Says at start when the official account takes plain-mode messages, whose signature does not cover the body.</summary>
public sealed class OfficialAccountModeWarning(IOptions<WeChatOptions> options, ILogger<OfficialAccountModeWarning> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var account = options.Value.OfficialAccount;
        if (account.AllowPlainMode && string.IsNullOrEmpty(account.EncodingAESKey))
        {
            logger.LogWarning(
                "WeChat:OfficialAccount:AllowPlainMode is on and no EncodingAESKey is set: official-account messages are taken in plain mode, whose signature does not cover the message. Set an EncodingAESKey (safe mode) for production.");
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
