using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace ParkShare.Core.WeChat;

/// <summary>
/// Reads the official account's flat XML (&lt;xml&gt;&lt;Field&gt;value&lt;/Field&gt;...&lt;/xml&gt;) safely: no DTD
/// (so no external entities and no entity expansion: XXE and billion laughs fail to parse), no
/// resolver, and bounded in size. Writes replies with CDATA that survives any text.
/// </summary>
public static class OfficialAccountXml
{
    public const int MaxCharacters = 64 * 1024;

    /// <summary>The root's simple child elements by name (the first of each; nested ones are skipped).</summary>
    /// <exception cref="WeChatProtocolException">InvalidXml (a DTD included) or XmlTooLarge.</exception>
    public static IReadOnlyDictionary<string, string> Read(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxCharacters * 4)
        {
            throw new WeChatProtocolException(WeChatProtocolError.XmlTooLarge);
        }

        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = MaxCharacters,
            MaxCharactersFromEntities = 1024,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = true,
        };
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(utf8.ToArray(), writable: false), settings);
            document = XDocument.Load(reader);
        }
        catch (XmlException ex) when (ex.Message.Contains("MaxCharactersInDocument", StringComparison.Ordinal))
        {
            throw new WeChatProtocolException(WeChatProtocolError.XmlTooLarge);
        }
        catch (XmlException)
        {
            throw new WeChatProtocolException(WeChatProtocolError.InvalidXml);
        }

        if (document.Root is not { } root || root.Name.LocalName != "xml")
        {
            throw new WeChatProtocolException(WeChatProtocolError.InvalidXml);
        }

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var element in root.Elements().Where(e => !e.HasElements))
        {
            fields.TryAdd(element.Name.LocalName, element.Value);
        }

        return fields;
    }

    /// <summary>A passive text reply (to = the follower's openid, from = our account's original id).</summary>
    public static string TextReply(string toUser, string fromUser, long createTime, string content)
    {
        var sb = new StringBuilder(256 + content.Length);
        sb.Append("<xml>");
        Field(sb, "ToUserName", toUser);
        Field(sb, "FromUserName", fromUser);
        sb.Append("<CreateTime>").Append(createTime).Append("</CreateTime>");
        Field(sb, "MsgType", "text");
        Field(sb, "Content", content);
        return sb.Append("</xml>").ToString();
    }

    /// <summary>The safe-mode envelope around an encrypted reply.</summary>
    public static string EncryptedReply(string encrypt, string msgSignature, string timestamp, string nonce)
    {
        var sb = new StringBuilder(256 + encrypt.Length);
        sb.Append("<xml>");
        Field(sb, "Encrypt", encrypt);
        Field(sb, "MsgSignature", msgSignature);
        sb.Append("<TimeStamp>").Append(OnlyDigits(timestamp)).Append("</TimeStamp>");
        Field(sb, "Nonce", nonce);
        return sb.Append("</xml>").ToString();
    }

    /// <summary>
    /// CDATA content: characters XML cannot carry are dropped, and "]]&gt;" (which would end the section)
    /// is split across two sections.
    /// </summary>
    public static string Cdata(string text)
    {
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[++i]);
            }
            else if (XmlConvert.IsXmlChar(c))
            {
                clean.Append(c);
            }
        }

        return "<![CDATA[" + clean.Replace("]]>", "]]]]><![CDATA[>") + "]]>";
    }

    private static void Field(StringBuilder sb, string name, string value) =>
        sb.Append('<').Append(name).Append('>').Append(Cdata(value)).Append("</").Append(name).Append('>');

    private static string OnlyDigits(string value) => value.All(char.IsAsciiDigit) && value.Length > 0 ? value : "0";
}
