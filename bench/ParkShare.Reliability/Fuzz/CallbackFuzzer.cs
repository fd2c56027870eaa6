using System.Diagnostics;
using System.Globalization;
using System.Text;
using ParkShare.Core.WeChat;

namespace ParkShare.Reliability.Fuzz;

/// <summary>
/// The official-account callback (/wechat/oa) with the sandbox's token and key: malformed, truncated,
/// deeply nested and entity-laden XML, plain and in safe mode, with valid signatures over broken bodies
/// and broken signatures over valid ones. It must never 5xx and always answer within WeChat's 5 s.
/// </summary>
internal sealed class CallbackFuzzer(string baseUrl, Oracle oracle, Random random)
{
    private const string Token = "parkshare-sandbox";
    private const string AesKey = "/RiLktf0ChpIjmI4qxLkztFeWKby4qBswQNCSZQVmaY";
    private const string AppId = "wxsandboxofficial";
    private readonly WeChatMessageCrypto _crypto = new(AesKey, AppId);

    public async Task SendAsync(HttpClient http)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var nonce = Guid.NewGuid().ToString("N")[..10];
        var signature = random.Next(8) == 0 ? "0000" : WeChatSignature.Compute(Token, timestamp, nonce);
        var xml = Xml();
        string url;
        if (random.Next(3) == 0)
        {
            var encrypt = random.Next(4) switch
            {
                0 => Convert.ToBase64String(Guid.NewGuid().ToByteArray()),
                1 => "!!!not base64!!!",
                2 => _crypto.Encrypt(xml)[..^random.Next(1, 20)],
                _ => _crypto.Encrypt(xml),
            };
            var envelope = random.Next(4) == 0 ? Mutate(xml) : $"<xml><ToUserName><![CDATA[gh_parkshare]]></ToUserName><Encrypt><![CDATA[{encrypt}]]></Encrypt></xml>";
            var msgSignature = WeChatSignature.Compute(Token, timestamp, nonce, encrypt);
            url = $"{baseUrl}/wechat/oa?signature={signature}&timestamp={timestamp}&nonce={nonce}&openid=o{nonce}&encrypt_type=aes&msg_signature={msgSignature}";
            xml = envelope;
        }
        else
        {
            url = $"{baseUrl}/wechat/oa?signature={signature}&timestamp={timestamp}&nonce={nonce}&openid=o{nonce}";
            xml = Mutate(xml);
        }

        using var request = new HttpRequestMessage(random.Next(15) == 0 ? HttpMethod.Get : HttpMethod.Post, random.Next(20) == 0 ? url + "&echostr=%00" : url);
        if (request.Method == HttpMethod.Post)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(xml));
            request.Content.Headers.TryAddWithoutValidation("Content-Type", random.Next(6) == 0 ? "application/json" : "text/xml");
        }

        var clock = Stopwatch.StartNew();
        using var response = await http.SendAsync(request);
        await oracle.JudgeAsync("callback", request, xml, response, problemDetailsRequired: false, TimeSpan.FromSeconds(5), clock.Elapsed);
    }

    private string Xml()
    {
        var from = "o" + Guid.NewGuid().ToString("N")[..12];
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        return random.Next(5) switch
        {
            0 => $"<xml><ToUserName><![CDATA[gh_parkshare]]></ToUserName><FromUserName><![CDATA[{from}]]></FromUserName><CreateTime>{now}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[{Pick("B2-C-017", "停车", "绑定 12345678", "\u202Eabc", "")}]]></Content><MsgId>{random.NextInt64()}</MsgId></xml>",
            1 => $"<xml><ToUserName><![CDATA[gh_parkshare]]></ToUserName><FromUserName><![CDATA[{from}]]></FromUserName><CreateTime>{now}</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[{Pick("subscribe", "unsubscribe", "SCAN", "CLICK", "VIEW", "LOCATION", "x")}]]></Event><EventKey><![CDATA[{Pick("qrscene_bind:12345678", "bind:", "qrscene_", "", new string('k', 5000))}]]></EventKey></xml>",
            2 => $"<xml><ToUserName>gh</ToUserName><FromUserName>{from}</FromUserName><CreateTime>{Pick("-1", "99999999999999999999", "abc", "")}</CreateTime><MsgType>{Pick("location", "image", "voice", "")}</MsgType><Location_X>{Pick("NaN", "1e400", "31.2")}</Location_X><Location_Y>121.5</Location_Y></xml>",
            3 => $"<xml><FromUserName><![CDATA[{from}]]></FromUserName><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[{new string('长', 60_000)}]]></Content></xml>",
            _ => $"<xml><FromUserName><![CDATA[{from}]]></FromUserName><MsgType><![CDATA[text]]></MsgType><Content>]]&gt;&#0;&#xD800;</Content></xml>",
        };
    }

    private string Mutate(string xml) => random.Next(10) switch
    {
        0 => xml[..random.Next(xml.Length)],
        1 => string.Concat(Enumerable.Repeat("<a>", 20_000)) + string.Concat(Enumerable.Repeat("</a>", 20_000)),
        2 => "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\"><!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\"><!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">]><xml><Content>&lol4;</Content><MsgType>text</MsgType></xml>",
        3 => "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><xml><FromUserName>&xxe;</FromUserName><MsgType>text</MsgType><Content>&xxe;</Content></xml>",
        4 => string.Empty,
        5 => xml.Replace("<xml>", "<xml><xml>", StringComparison.Ordinal),
        6 => "\uFEFF" + xml + "\u0000garbage",
        7 => "{\"not\":\"xml\"}",
        _ => xml,
    };

    private string Pick(params string[] values) => values[random.Next(values.Length)];
}
