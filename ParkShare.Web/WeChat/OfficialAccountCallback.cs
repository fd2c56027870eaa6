using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using ParkShare.Core.WeChat;

namespace ParkShare.Web.WeChat;

/// <summary>
/// The official account's server callback after its signature was checked: parse (safe XML),
/// decrypt in safe mode (msg_signature first), deduplicate WeChat's retries, dispatch, and reply
/// (encrypted in safe mode) within WeChat's 5 seconds. Nothing here throws to the caller.
/// </summary>
public sealed class OfficialAccountCallback(
    IOptionsMonitor<WeChatOptions> options,
    OfficialAccountDeduplicator deduplicator,
    OfficialAccountDispatcher dispatcher,
    TimeProvider clock,
    ILogger<OfficialAccountCallback> logger)
{
    /// <summary>WeChat gives up after 5 s; past this the answer is "success" and the work finishes on its own.</summary>
    public static readonly TimeSpan ReplyBudget = TimeSpan.FromSeconds(4);

    public bool IsSigned(OfficialAccountRequest request) =>
        WeChatSignature.Matches(request.Signature, options.CurrentValue.OfficialAccount.Token, request.Timestamp ?? string.Empty, request.Nonce ?? string.Empty);

    /// <summary>
    /// Null when the request's mode is allowed: with an EncodingAESKey only safe mode (a plain-mode
    /// signature does not cover the body); without one, plain mode only when explicitly allowed.
    /// </summary>
    public string? ModeProblem(OfficialAccountRequest request)
    {
        var account = options.CurrentValue.OfficialAccount;
        return !string.IsNullOrEmpty(account.EncodingAESKey) ? (request.IsSafeMode && !string.IsNullOrEmpty(request.MsgSignature) ? null : "wechat_safe_mode_required")
            : account.AllowPlainMode && !request.IsSafeMode ? null
            : "wechat_plain_mode_off";
    }

    public async Task<OfficialAccountAnswer> HandleAsync(OfficialAccountRequest request, byte[] body)
    {
        var account = options.CurrentValue.OfficialAccount;
        OfficialAccountMessage message;
        try
        {
            var fields = OfficialAccountXml.Read(body);
            if (request.IsSafeMode)
            {
                var encrypt = fields.GetValueOrDefault("Encrypt");
                if (string.IsNullOrEmpty(encrypt) || !WeChatSignature.Matches(request.MsgSignature, account.Token, request.Timestamp!, request.Nonce!, encrypt))
                {
                    return OfficialAccountAnswer.Refused(StatusCodes.Status401Unauthorized, "wechat_signature_invalid");
                }

                if (!WeChatMessageCrypto.IsValidKey(account.EncodingAESKey))
                {
                    logger.LogError("A safe-mode message arrived but WeChat:OfficialAccount:EncodingAESKey is not a 43-character key");
                    return OfficialAccountAnswer.Success;
                }

                fields = OfficialAccountXml.Read(System.Text.Encoding.UTF8.GetBytes(new WeChatMessageCrypto(account.EncodingAESKey, account.AppId).Decrypt(encrypt)));
            }

            message = OfficialAccountMessage.From(fields);
        }
        catch (WeChatProtocolException ex)
        {
            logger.LogWarning("Official-account message refused: {Error}", ex.Error);
            return OfficialAccountAnswer.Refused(StatusCodes.Status400BadRequest, "wechat_message_invalid");
        }

        string? reply;
        try
        {
            reply = await deduplicator.RunOnceAsync(message.DeduplicationKey, () => dispatcher.ReplyAsync(message, CancellationToken.None))
                .WaitAsync(ReplyBudget, clock);
        }
        catch (TimeoutException)
        {
            logger.LogWarning("Official-account {Type} message took longer than {Budget}; answered success", message.MsgType, ReplyBudget);
            return OfficialAccountAnswer.Success;
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Official-account {Type} message failed; answered success", message.MsgType);
            return OfficialAccountAnswer.Success;
        }

        return reply is null ? OfficialAccountAnswer.Success : OfficialAccountAnswer.Reply(BuildReply(request, account, message, reply));
    }

    private string BuildReply(OfficialAccountRequest request, WeChatOfficialAccountOptions account, OfficialAccountMessage message, string reply)
    {
        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        var xml = OfficialAccountXml.TextReply(message.FromUserName, message.ToUserName, now, reply);
        if (!request.IsSafeMode)
        {
            return xml;
        }

        var timestamp = now.ToString(CultureInfo.InvariantCulture);
        var nonce = RandomNumberGenerator.GetInt32(100_000_000, int.MaxValue).ToString(CultureInfo.InvariantCulture);
        var encrypt = new WeChatMessageCrypto(account.EncodingAESKey, account.AppId).Encrypt(xml);
        return OfficialAccountXml.EncryptedReply(encrypt, WeChatSignature.Compute(account.Token, timestamp, nonce, encrypt), timestamp, nonce);
    }
}
