using ParkShare.Core.WeChat;
using ParkShare.Tests.Fakes;

namespace ParkShare.Tests.Core.WeChat;

/// <summary>Every endpoint of the live client against the fake WeChat server, with its real JSON shapes.</summary>
public sealed class LiveWeChatClientTests
{
    [Fact]
    public async Task Code2Session_FreshCode_OpenIdUnionIdAndSessionKey()
    {
        await using var h = await LiveClientHarness.StartAsync();

        var login = await h.Client.Code2SessionAsync("alice-1");

        Assert.Equal("fake-mp-alice-1", login.OpenId);
        Assert.Equal("fake-union-alice-1", login.UnionId);
        Assert.False(string.IsNullOrEmpty(login.SessionKey));
        Assert.Equal(WeChatChannel.MiniProgram, login.Identity.Channel);
    }

    [Theory]
    [InlineData("invalid-1", WeChatException.InvalidCode)]
    [InlineData("risky-1", WeChatException.HighRiskUser)]
    public async Task Code2Session_RefusedCode_TypedBadLoginCode(string code, int expected)
    {
        await using var h = await LiveClientHarness.StartAsync();

        var e = await Assert.ThrowsAsync<WeChatException>(() => h.Client.Code2SessionAsync(code));

        Assert.Equal(expected, e.ErrorCode);
        Assert.True(e.IsBadLoginCode);
    }

    [Fact]
    public async Task Code2Session_ReusedCode_CodeAlreadyUsedAndSentOnce()
    {
        await using var h = await LiveClientHarness.StartAsync();
        await h.Client.Code2SessionAsync("once");

        var e = await Assert.ThrowsAsync<WeChatException>(() => h.Client.Code2SessionAsync("once"));

        Assert.Equal(WeChatException.CodeAlreadyUsed, e.ErrorCode);
        Assert.Equal(2, h.Server.Calls(FakeWeChatServer.Code2Session));
    }

    [Fact]
    public async Task Code2Session_ServerError_TransportAndNotResent()
    {
        await using var h = await LiveClientHarness.StartAsync();
        h.Server.FailNext(FakeWeChatServer.Code2Session, WeChatFault.ServerError);

        var e = await Assert.ThrowsAsync<WeChatException>(() => h.Client.Code2SessionAsync("c5xx"));

        Assert.Equal(WeChatException.Transport, e.ErrorCode);
        Assert.Equal(1, h.Server.Calls(FakeWeChatServer.Code2Session));
    }

    [Fact]
    public async Task ExchangeOAuthCode_Code_OfficialAccountIdentity()
    {
        await using var h = await LiveClientHarness.StartAsync();

        var identity = await h.Client.ExchangeOAuthCodeAsync("bob");

        Assert.Equal(new WeChatIdentity(WeChatChannel.OfficialAccount, "fake-oa-bob", "fake-union-bob"), identity);
    }

    [Fact]
    public async Task GetMiniProgramCode_Scene_PngImage()
    {
        await using var h = await LiveClientHarness.StartAsync();

        var image = await h.Client.GetMiniProgramCodeAsync(new MiniProgramCodeRequest("inv=abc123", "pages/bind/index"));

        Assert.Equal("image/png", image.ContentType);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, image.Bytes[..4]);
    }

    [Fact]
    public async Task GetMiniProgramCode_JsonErrorLabelledImage_TypedError()
    {
        await using var h = await LiveClientHarness.StartAsync();
        h.Server.FailNext(FakeWeChatServer.WxaCode, WeChatFault.ErrorAsImage);

        var e = await Assert.ThrowsAsync<WeChatException>(() => h.Client.GetMiniProgramCodeAsync(new MiniProgramCodeRequest("s", "pages/index")));

        Assert.Equal(WeChatException.DailyLimitReached, e.ErrorCode);
    }

    [Fact]
    public async Task GetMiniProgramCode_SceneTooLong_RefusedWithoutCall()
    {
        await using var h = await LiveClientHarness.StartAsync();

        var e = await Assert.ThrowsAsync<WeChatException>(() => h.Client.GetMiniProgramCodeAsync(new MiniProgramCodeRequest(new string('a', 33), "pages/index")));

        Assert.Equal(WeChatException.InvalidScene, e.ErrorCode);
        Assert.Equal(0, h.Server.Calls(FakeWeChatServer.WxaCode));
    }

    [Fact]
    public async Task CreateOfficialAccountQr_LifetimeOver30Days_TemporaryClampedTo30Days()
    {
        await using var h = await LiveClientHarness.StartAsync();
        var before = DateTime.UtcNow;

        var qr = await h.Client.CreateOfficialAccountQrAsync("bind:abc", TimeSpan.FromDays(40));

        Assert.Equal("bind:abc", qr.Scene);
        Assert.StartsWith("http://weixin.qq.com/q/", qr.Url, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(qr.Ticket));
        Assert.InRange(qr.ExpiresAtUtc!.Value, before.AddSeconds(LiveWeChatClient.MaxQrLifetimeSeconds - 5), DateTime.UtcNow.AddSeconds(LiveWeChatClient.MaxQrLifetimeSeconds));
    }

    [Fact]
    public async Task CreateOfficialAccountQr_NoLifetime_PermanentWithoutExpiry()
    {
        await using var h = await LiveClientHarness.StartAsync();

        var qr = await h.Client.CreateOfficialAccountQrAsync("link:xyz", null);

        Assert.Null(qr.ExpiresAtUtc);
        Assert.Contains("QR_LIMIT_STR_SCENE", System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(qr.Ticket)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendSubscribeMessage_Message_DeliveredWithDataAndPage()
    {
        await using var h = await LiveClientHarness.StartAsync();

        await h.Client.SendSubscribeMessageAsync(LiveClientHarness.Subscribe());

        var message = Assert.Single(h.Server.Delivered);
        Assert.Equal(("subscribe", "fake-mp-friend", "tmpl-position", "pages/shared/index?id=1"), (message.Kind, message.ToOpenId, message.TemplateId, message.Target));
        Assert.Equal("沪A12345", message.Data["car_number5"]);
        Assert.Equal("formal", message.Body.GetProperty("miniprogram_state").GetString());
    }

    [Fact]
    public async Task SendSubscribeMessage_ThingOver20Chars_BadTemplateData()
    {
        await using var h = await LiveClientHarness.StartAsync();
        var message = LiveClientHarness.Subscribe() with { Data = new Dictionary<string, string> { ["thing1"] = new string('x', 21) } };

        var e = await Assert.ThrowsAsync<WeChatException>(() => h.Client.SendSubscribeMessageAsync(message));

        Assert.Equal(WeChatException.BadTemplateData, e.ErrorCode);
        Assert.Empty(h.Server.Delivered);
    }

    [Fact]
    public async Task SendTemplateMessage_MiniProgramPage_DeliveredWithMiniProgramAppId()
    {
        await using var h = await LiveClientHarness.StartAsync();

        await h.Client.SendTemplateMessageAsync(new TemplateMessage("fake-oa-friend", "tmpl-oa", null, "pages/car/index", new Dictionary<string, string> { ["thing2"] = "陆家嘴" }));

        var message = Assert.Single(h.Server.Delivered);
        Assert.Equal(("template", "pages/car/index"), (message.Kind, message.Target));
        Assert.Equal(FakeWeChatServer.MiniProgramAppId, message.Body.GetProperty("miniprogram").GetProperty("appid").GetString());
    }

    [Fact]
    public async Task SendTemplateMessage_NotFollowing_Typed43004()
    {
        await using var h = await LiveClientHarness.StartAsync();

        var e = await Assert.ThrowsAsync<WeChatException>(() => h.Client.SendTemplateMessageAsync(
            new TemplateMessage("unfollowed-1", "tmpl-oa", "https://example.com/s/x", null, new Dictionary<string, string>())));

        Assert.Equal(WeChatException.NotFollowing, e.ErrorCode);
        Assert.False(e.IsTransient);
    }
}
