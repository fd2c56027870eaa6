using System.Net;
using System.Text;
using ParkShare.Core.WeChat;
using ParkShare.Tests.Core.WeChat;
using ParkShare.Tests.Support;

namespace ParkShare.Tests.Web.WeChat;

/// <summary>/wechat/oa as WeChat and an attacker see it: signatures, limits, safe mode, retries.</summary>
public sealed class OfficialAccountCallbackTests(OfficialAccountSite site) : IClassFixture<OfficialAccountSite>
{
    [Fact]
    public async Task Verify_GoodSignature_EchoesEchostr()
    {
        var response = await site.Client.GetAsync("/wechat/oa?" + OfficialAccountSite.SignedQuery() + "&echostr=7301198459352836");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("7301198459352836", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Verify_WrongSignature_401WithoutEcho()
    {
        var response = await site.Client.GetAsync("/wechat/oa?" + OfficialAccountSite.SignedQuery(token: "guess") + "&echostr=7301198459352836");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("7301198459352836", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_WrongSignature_401AndNothingHappens()
    {
        var response = await site.PostAsync(OfficialAccountSite.Event("oa-forged", "subscribe", "qrscene_test:forged"), OfficialAccountSite.SignedQuery(token: "guess"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        // The follow queue runs in order: once a genuine event sent after the forged one has taken effect, the forged one would have too.
        await site.PostAsync(OfficialAccountSite.Event("oa-after-forged", "subscribe", "qrscene_test:after-forged"));
        Assert.True(await Eventually.TrueAsync(() => site.Scenes.Runs.ContainsKey("after-forged")));
        Assert.False(site.Scenes.Runs.ContainsKey("forged"));
        Assert.Null(await site.DriverByOpenIdAsync("oa-forged"));
    }

    [Fact]
    public async Task Post_SameSubscribeFourTimesAtOnce_OneEffectAndOneReply()
    {
        var xml = OfficialAccountSite.Event("oa-four", "subscribe", "qrscene_test:four");

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => site.PostAsync(xml)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var replies = await Task.WhenAll(responses.Select(OfficialAccountSite.ContentOfAsync));
        Assert.All(replies, r => Assert.Equal("scene four new:True", r));
        Assert.Equal(1, site.Scenes.Runs["four"]);
        Assert.True(await Eventually.TrueAsync(async () => (await site.DriverByOpenIdAsync("oa-four"))?.FollowsOfficialAccount == true));
    }

    [Fact]
    public async Task Post_ScanOfAFollower_RoutedWithoutPrefix()
    {
        Assert.Equal("scene again new:False", await site.ReplyAsync(OfficialAccountSite.Event("oa-scan", "SCAN", "test:again")));
        Assert.Equal(1, site.Scenes.Runs["again"]);
    }

    [Fact]
    public async Task SubscribeThenUnsubscribe_FollowStateRecordedInTheBackground()
    {
        var welcome = await site.ReplyAsync(OfficialAccountSite.Event("oa-follow", "subscribe"));
        Assert.Contains("ParkShare", welcome);
        Assert.True(await Eventually.TrueAsync(async () => (await site.DriverByOpenIdAsync("oa-follow"))?.FollowsOfficialAccount == true));

        var bye = await site.PostAsync(OfficialAccountSite.Event("oa-follow", "unsubscribe"));

        Assert.Equal("success", await bye.Content.ReadAsStringAsync());
        Assert.True(await Eventually.TrueAsync(async () => (await site.DriverByOpenIdAsync("oa-follow"))?.FollowsOfficialAccount == false));
    }

    [Theory]
    [InlineData(OfficialAccountXmlTests.Xxe)]
    [InlineData(OfficialAccountXmlTests.BillionLaughs)]
    [InlineData("<xml><FromUserName>o</FromUserName></xml>")]
    [InlineData("not xml at all")]
    public async Task Post_HostileOrBrokenXml_400(string xml)
    {
        var response = await site.PostAsync(xml);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("wechat_message_invalid", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Post_TwoMegabytes_413(bool chunked)
    {
        var data = Encoding.UTF8.GetBytes("<xml><Content>" + new string('a', 2 * 1024 * 1024) + "</Content></xml>");
        HttpContent content = chunked ? new ChunkedContent(data) : new ByteArrayContent(data);

        var response = await site.Client.PostAsync("/wechat/oa?" + OfficialAccountSite.SignedQuery() + "&encrypt_type=aes&msg_signature=unchecked-yet", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task SafeMode_EncryptedText_AnsweredEncryptedAndSigned()
    {
        var crypto = new WeChatMessageCrypto(OfficialAccountSite.AesKey, OfficialAccountSite.AppId);
        var response = await PostEncryptedAsync(crypto.Encrypt(OfficialAccountSite.Text("oa-safe", "where is my car")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var envelope = OfficialAccountXml.Read(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(WeChatSignature.Compute(OfficialAccountSite.Token, envelope["TimeStamp"], envelope["Nonce"], envelope["Encrypt"]), envelope["MsgSignature"]);
        var reply = OfficialAccountXml.Read(Encoding.UTF8.GetBytes(crypto.Decrypt(envelope["Encrypt"])));
        Assert.Equal("oa-safe", reply["ToUserName"]);
        Assert.Equal("gh_parkshare", reply["FromUserName"]);
        Assert.StartsWith("No car recorded", reply["Content"]);
    }

    [Fact]
    public async Task SafeMode_TamperedEncrypt_401()
    {
        var encrypt = new WeChatMessageCrypto(OfficialAccountSite.AesKey, OfficialAccountSite.AppId).Encrypt(OfficialAccountSite.Text("oa-safe", "my car"));
        var (timestamp, nonce) = (OfficialAccountSite.Now(), OfficialAccountSite.NewNonce());
        var signature = WeChatSignature.Compute(OfficialAccountSite.Token, timestamp, nonce, encrypt);
        var tampered = (encrypt[0] == 'A' ? "B" : "A") + encrypt[1..];

        var response = await PostEncryptedAsync(tampered, signature, timestamp, nonce);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task SafeMode_AnotherAppsMessage_400()
    {
        var encrypt = new WeChatMessageCrypto(OfficialAccountSite.AesKey, "wx0000000000000000").Encrypt(OfficialAccountSite.Text("oa-safe", "my car"));

        Assert.Equal(HttpStatusCode.BadRequest, (await PostEncryptedAsync(encrypt)).StatusCode);
    }

    private Task<HttpResponseMessage> PostEncryptedAsync(string encrypt, string? msgSignature = null, string? timestamp = null, string? nonce = null)
    {
        timestamp ??= OfficialAccountSite.Now();
        nonce ??= OfficialAccountSite.NewNonce();
        msgSignature ??= WeChatSignature.Compute(OfficialAccountSite.Token, timestamp, nonce, encrypt);
        var envelope = $"<xml><ToUserName><![CDATA[gh_parkshare]]></ToUserName><Encrypt><![CDATA[{encrypt}]]></Encrypt></xml>";
        return site.PostAsync(envelope, OfficialAccountSite.SignedQuery(timestamp, nonce) + $"&encrypt_type=aes&msg_signature={msgSignature}&openid=oa-safe");
    }
}
