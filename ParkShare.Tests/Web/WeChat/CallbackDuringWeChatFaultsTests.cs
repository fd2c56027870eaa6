using System.Globalization;
using System.Net;
using System.Text;
using ParkShare.Core.WeChat;
using ParkShare.Tests.Fakes;

namespace ParkShare.Tests.Web.WeChat;

/// <summary>
/// The official-account callback of a Live host while (fake) WeChat stalls every API call for ten
/// minutes: a follow and a "my car" still get their answer, because nothing in the callback waits on
/// WeChat (WeChat retries a callback unanswered after 5 s, and gives up after three).
/// </summary>
public sealed class CallbackDuringWeChatFaultsTests(LiveWeChatHostFixture fixture) : IClassFixture<LiveWeChatHostFixture>
{
    private static readonly string[] Apis =
        [FakeWeChatServer.StableToken, FakeWeChatServer.TemplateSend, FakeWeChatServer.SubscribeSend, FakeWeChatServer.QrCreate, FakeWeChatServer.OAuthAccessToken];

    [Fact]
    public async Task Post_WeChatStalled_FollowAndMyCarAnsweredWithoutWaitingForIt()
    {
        fixture.Server.SlowDelay = TimeSpan.FromMinutes(10);
        foreach (var api in Apis)
        {
            fixture.Server.FailNext(api, WeChatFault.Slow, times: 20);
        }

        using var client = fixture.Factory.CreateClient();
        // Only a guard against hanging: a callback that waited on WeChat would wait ten minutes.
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(2));

        var follow = await PostAsync(client, Event("oa-stalled", "subscribe"), guard.Token);
        var myCar = await PostAsync(client, Text("oa-stalled", "我的车"), guard.Token);

        Assert.Equal(HttpStatusCode.OK, follow.StatusCode);
        Assert.Equal(HttpStatusCode.OK, myCar.StatusCode);
        Assert.StartsWith("还没有您当前的停车记录", await ContentOfAsync(myCar));
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string xml, CancellationToken cancellationToken)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var nonce = Random.Shared.Next(100_000_000, int.MaxValue).ToString(CultureInfo.InvariantCulture);
        var encrypt = Crypto().Encrypt(xml);
        var token = FakeWeChatServer.OfficialAccountToken;
        var query = $"signature={WeChatSignature.Compute(token, timestamp, nonce)}&timestamp={timestamp}&nonce={nonce}"
            + $"&encrypt_type=aes&msg_signature={WeChatSignature.Compute(token, timestamp, nonce, encrypt)}&openid=oa-stalled";
        var envelope = $"<xml><ToUserName><![CDATA[gh_parkshare]]></ToUserName><Encrypt><![CDATA[{encrypt}]]></Encrypt></xml>";
        return await client.PostAsync("/wechat/oa?" + query, new StringContent(envelope, Encoding.UTF8, "text/xml"), cancellationToken);
    }

    private static async Task<string> ContentOfAsync(HttpResponseMessage response)
    {
        var fields = OfficialAccountXml.Read(await response.Content.ReadAsByteArrayAsync());
        return OfficialAccountXml.Read(Encoding.UTF8.GetBytes(Crypto().Decrypt(fields["Encrypt"])))["Content"];
    }

    private static WeChatMessageCrypto Crypto() => new(FakeWeChatServer.EncodingAesKey, FakeWeChatServer.OfficialAccountAppId);

    private static string Event(string from, string name) => OfficialAccountSite.Event(from, name);

    private static string Text(string from, string content) => OfficialAccountSite.Text(from, content);
}
