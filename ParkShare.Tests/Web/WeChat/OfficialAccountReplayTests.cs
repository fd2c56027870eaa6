using System.Globalization;
using System.Net;

namespace ParkShare.Tests.Web.WeChat;

/// <summary>/wechat/oa with an EncodingAESKey: no downgrade to plain mode, no stale timestamps, no replayed (timestamp, nonce) pairs.</summary>
public sealed class OfficialAccountReplayTests(OfficialAccountSite site) : IClassFixture<OfficialAccountSite>
{
    [Fact]
    public async Task Post_PlainModeWithValidSignatureWhileAKeyIsConfigured_401AndNothingHappens()
    {
        var response = await site.PostAsync(OfficialAccountSite.Event("oa-downgrade", "subscribe", "qrscene_test:downgrade"), OfficialAccountSite.SignedQuery());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("wechat_safe_mode_required", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await Task.Delay(300);
        Assert.False(site.Scenes.Runs.ContainsKey("downgrade"));
        Assert.Null(await site.DriverByOpenIdAsync("oa-downgrade"));
    }

    [Theory]
    [InlineData(-6 * 60)]
    [InlineData(6 * 60)]
    public async Task Post_TimestampMoreThanFiveMinutesFromNow_401(int offsetSeconds)
    {
        var timestamp = (DateTimeOffset.UtcNow.ToUnixTimeSeconds() + offsetSeconds).ToString(CultureInfo.InvariantCulture);
        var (query, envelope) = OfficialAccountSite.Encrypted(OfficialAccountSite.Event("oa-stale", "SCAN", "test:stale"), timestamp);

        var response = await site.PostAsync(envelope, query);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("wechat_timestamp_invalid", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(site.Scenes.Runs.ContainsKey("stale"));
    }

    [Fact]
    public async Task Post_SeenTimestampAndNonceWithAnotherMessage_401()
    {
        var (timestamp, nonce) = (OfficialAccountSite.Now(), OfficialAccountSite.NewNonce());
        var (firstQuery, first) = OfficialAccountSite.Encrypted(OfficialAccountSite.Event("oa-nonce", "SCAN", "test:nonce1"), timestamp, nonce);
        Assert.Equal(HttpStatusCode.OK, (await site.PostAsync(first, firstQuery)).StatusCode);

        var (secondQuery, second) = OfficialAccountSite.Encrypted(OfficialAccountSite.Event("oa-nonce", "SCAN", "test:nonce2"), timestamp, nonce);
        var replayed = await site.PostAsync(second, secondQuery);

        Assert.Equal(HttpStatusCode.Unauthorized, replayed.StatusCode);
        Assert.Contains("wechat_replayed", await replayed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(site.Scenes.Runs.ContainsKey("nonce2"));
    }

    [Fact]
    public async Task Post_WeChatRetriesTheSameDelivery_AnsweredFromTheDeduplicationOnce()
    {
        var (query, envelope) = OfficialAccountSite.Encrypted(OfficialAccountSite.Event("oa-retry", "SCAN", "test:retry"));

        var first = await site.PostAsync(envelope, query);
        var retry = await site.PostAsync(envelope, query);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal("scene retry new:False", await OfficialAccountSite.ContentOfAsync(retry));
        Assert.Equal(1, site.Scenes.Runs["retry"]);
    }

    [Fact]
    public async Task Verify_TimestampAnHourOld_401WithoutEcho()
    {
        var old = (DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 3600).ToString(CultureInfo.InvariantCulture);

        var response = await site.Client.GetAsync("/wechat/oa?" + OfficialAccountSite.SignedQuery(old) + "&echostr=5837261");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("5837261", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
