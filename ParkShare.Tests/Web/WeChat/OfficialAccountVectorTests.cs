using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ParkShare.Core.WeChat;
using ParkShare.Tests.Fakes;
using ParkShare.Tests.Support;

namespace ParkShare.Tests.Web.WeChat;

/// <summary>The public safe-mode vector (wechatpy, Senparc) against the callback: as logged in 2014 it is refused; signed afresh it is read.</summary>
public sealed class OfficialAccountVectorTests
{
    private static readonly JsonElement Vector = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Core", "WeChat", "wechat-public-vectors.json"))).RootElement.GetProperty("msg_crypt");

    [Fact]
    public async Task Post_PublicVectorWithItsOriginalTimestamp_401()
    {
        using var host = VectorHost();
        using var client = host.CreateClient();

        var response = await PostAsync(client, Vector.GetProperty("timestamp").GetString()!, Vector.GetProperty("nonce").GetString()!, Vector.GetProperty("msg_signature").GetString());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("wechat_timestamp_invalid", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_PublicVectorSignedNow_DecryptedAndAnswered()
    {
        using var host = VectorHost();
        using var client = host.CreateClient();

        var response = await PostAsync(client, DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), "461056294", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_NoKeyAndPlainModeNotAllowed_401()
    {
        using var host = PlainHost(allow: false, new CapturingLoggerProvider());
        using var client = host.CreateClient();

        var response = await PostPlainAsync(client);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("wechat_plain_mode_off", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_NoKeyAndPlainModeAllowed_AnsweredAndWarnedAtStart()
    {
        var logs = new CapturingLoggerProvider();
        using var host = PlainHost(allow: true, logs);
        using var client = host.CreateClient();

        var response = await PostPlainAsync(client);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(logs.Lines, l => l.Contains("Warning", StringComparison.Ordinal) && l.Contains("WeChat:OfficialAccount:AllowPlainMode", StringComparison.Ordinal));
    }

    private static ParkShareWebFactory VectorHost()
    {
        var host = new ParkShareWebFactory();
        host.Settings["WeChat:OfficialAccount:Token"] = Vector.GetProperty("token").GetString();
        host.Settings["WeChat:OfficialAccount:EncodingAESKey"] = Vector.GetProperty("encoding_aes_key").GetString();
        host.Settings["WeChat:OfficialAccount:AppId"] = Vector.GetProperty("appid").GetString();
        return host;
    }

    private static Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> PlainHost(bool allow, CapturingLoggerProvider logs)
    {
        var host = new ParkShareWebFactory();
        host.Settings["WeChat:OfficialAccount:Token"] = "plain-token";
        host.Settings["WeChat:OfficialAccount:EncodingAESKey"] = string.Empty;
        host.Settings["WeChat:OfficialAccount:AllowPlainMode"] = allow ? "true" : "false";
        return host.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<ILoggerProvider>(logs)));
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string timestamp, string nonce, string? msgSignature)
    {
        var encrypt = Vector.GetProperty("encrypt").GetString()!;
        var token = Vector.GetProperty("token").GetString()!;
        msgSignature ??= WeChatSignature.Compute(token, timestamp, nonce, encrypt);
        var query = $"signature={WeChatSignature.Compute(token, timestamp, nonce)}&timestamp={timestamp}&nonce={nonce}&encrypt_type=aes&msg_signature={msgSignature}";
        var envelope = $"<xml><ToUserName><![CDATA[messense]]></ToUserName><Encrypt><![CDATA[{encrypt}]]></Encrypt></xml>";
        return client.PostAsync("/wechat/oa?" + query, new StringContent(envelope, Encoding.UTF8, "text/xml"));
    }

    private static Task<HttpResponseMessage> PostPlainAsync(HttpClient client)
    {
        var (timestamp, nonce) = (OfficialAccountSite.Now(), OfficialAccountSite.NewNonce());
        var xml = OfficialAccountSite.Event("oa-plain", "SCAN", "nothing:here");
        return client.PostAsync($"/wechat/oa?signature={WeChatSignature.Compute("plain-token", timestamp, nonce)}&timestamp={timestamp}&nonce={nonce}", new StringContent(xml, Encoding.UTF8, "text/xml"));
    }
}
