namespace ParkShare.Core.WeChat;

/// <summary>
/// A message or event a follower sent to the official account. <see cref="ToUserName"/> is our
/// account's original id, <see cref="FromUserName"/> the follower's official-account openid.
/// </summary>
public abstract record OfficialAccountMessage(string ToUserName, string FromUserName, long CreateTime, string MsgType)
{
    /// <summary>What identifies one message across WeChat's retries of it.</summary>
    public abstract string DeduplicationKey { get; }

    /// <summary>The typed message for the fields of a decrypted or plain body.</summary>
    /// <exception cref="WeChatProtocolException">MissingField when a required field is absent or malformed.</exception>
    public static OfficialAccountMessage From(IReadOnlyDictionary<string, string> fields)
    {
        var to = Required(fields, "ToUserName");
        var from = Required(fields, "FromUserName");
        var type = Required(fields, "MsgType");
        if (!long.TryParse(Required(fields, "CreateTime"), out var createTime))
        {
            throw new WeChatProtocolException(WeChatProtocolError.MissingField);
        }

        fields.TryGetValue("MsgId", out var msgId);
        return type switch
        {
            "text" => new OfficialAccountTextMessage(to, from, createTime, fields.GetValueOrDefault("Content") ?? string.Empty, msgId),
            "event" => new OfficialAccountEvent(to, from, createTime, Required(fields, "Event"), fields.GetValueOrDefault("EventKey")),
            _ => new OfficialAccountOtherMessage(to, from, createTime, type, msgId),
        };
    }

    private static string Required(IReadOnlyDictionary<string, string> fields, string name) =>
        fields.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) && value.Length <= 256
            ? value.Trim()
            : throw new WeChatProtocolException(WeChatProtocolError.MissingField);
}
