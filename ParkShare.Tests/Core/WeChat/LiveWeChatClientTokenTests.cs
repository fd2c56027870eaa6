using ParkShare.Core.WeChat;
using ParkShare.Tests.Fakes;

namespace ParkShare.Tests.Core.WeChat;

/// <summary>The access token: cached, one refresh for concurrent callers, renewed once on 40001/42001.</summary>
public sealed class LiveWeChatClientTokenTests
{
    [Fact]
    public async Task Sends_ManyMessages_OneStableTokenCallPerApp()
    {
        await using var h = await LiveClientHarness.StartAsync();

        for (var i = 0; i < 5; i++)
        {
            await h.Client.SendSubscribeMessageAsync(LiveClientHarness.Subscribe());
            await h.Client.CreateOfficialAccountQrAsync("bind:" + i, TimeSpan.FromDays(1));
        }

        Assert.Equal(5, h.Server.Delivered.Count);
        Assert.Equal(
            [new FakeTokenRequest(FakeWeChatServer.MiniProgramAppId, false), new FakeTokenRequest(FakeWeChatServer.OfficialAccountAppId, false)],
            h.Server.TokenRequests);
        var health = Assert.Single(h.Health.Tokens(), t => t.AppId == FakeWeChatServer.MiniProgramAppId);
        Assert.Equal(1, health.Refreshes);
        Assert.True(health.CachedUntilUtc > DateTime.UtcNow.AddMinutes(100));
    }

    [Fact]
    public async Task Sends_ConcurrentCallersWithoutToken_ShareOneRefresh()
    {
        await using var h = await LiveClientHarness.StartAsync();
        h.Server.FailNext(FakeWeChatServer.StableToken, WeChatFault.Slow);
        h.Server.SlowDelay = TimeSpan.FromMilliseconds(300);

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => h.Client.SendSubscribeMessageAsync(LiveClientHarness.Subscribe())));

        Assert.Equal(20, h.Server.Delivered.Count);
        Assert.Single(h.Server.TokenRequests);
    }

    [Fact]
    public async Task Send_ExpiredTokenOnce_RefreshesOnceAndRetriesOnce()
    {
        await using var h = await LiveClientHarness.StartAsync();
        await h.Client.SendSubscribeMessageAsync(LiveClientHarness.Subscribe());
        h.Server.ExpireTokens();

        await h.Client.SendSubscribeMessageAsync(LiveClientHarness.Subscribe());

        Assert.Equal(2, h.Server.Delivered.Count);
        Assert.Equal(3, h.Server.Calls(FakeWeChatServer.SubscribeSend));
        Assert.Equal(2, h.Server.TokenRequests.Count);
        Assert.DoesNotContain(h.Server.TokenRequests, r => r.ForceRefresh);
    }

    [Fact]
    public async Task Send_InvalidTokenTwice_SecondRefusalSurfaces()
    {
        await using var h = await LiveClientHarness.StartAsync();
        h.Server.FailNext(FakeWeChatServer.SubscribeSend, WeChatFault.InvalidToken, times: 2);

        var e = await Assert.ThrowsAsync<WeChatException>(() => h.Client.SendSubscribeMessageAsync(LiveClientHarness.Subscribe()));

        Assert.Equal(WeChatException.InvalidCredential, e.ErrorCode);
        Assert.Equal(2, h.Server.Calls(FakeWeChatServer.SubscribeSend));
        Assert.Empty(h.Server.Delivered);
    }

    [Fact]
    public async Task Send_TokenRevokedButStableTokenReturnsIt_ForcesOneRefreshOnly()
    {
        await using var h = await LiveClientHarness.StartAsync();
        await h.Client.SendSubscribeMessageAsync(LiveClientHarness.Subscribe());
        h.Server.RevokeTokens();

        await h.Client.SendSubscribeMessageAsync(LiveClientHarness.Subscribe());
        h.Server.RevokeTokens();
        await Assert.ThrowsAsync<WeChatException>(() => h.Client.SendSubscribeMessageAsync(LiveClientHarness.Subscribe()));

        // Forced once; the second revocation within the interval gets no second force_refresh.
        Assert.Equal([false, false, true, false], h.Server.TokenRequests.Select(r => r.ForceRefresh));
        Assert.Equal(2, h.Server.Delivered.Count);
    }

    [Theory]
    [InlineData(WeChatFault.Busy, WeChatException.Busy)]
    [InlineData(WeChatFault.RateLimited, WeChatException.RateLimited)]
    [InlineData(WeChatFault.SubscriptionRefused, WeChatException.SubscriptionRefused)]
    public async Task Send_ErrcodeAnswer_TypedAndNotRetried(WeChatFault fault, int expected)
    {
        await using var h = await LiveClientHarness.StartAsync();
        h.Server.FailNext(FakeWeChatServer.SubscribeSend, fault);

        var e = await Assert.ThrowsAsync<WeChatException>(() => h.Client.SendSubscribeMessageAsync(LiveClientHarness.Subscribe()));

        Assert.Equal(expected, e.ErrorCode);
        Assert.Equal(expected != WeChatException.SubscriptionRefused, e.IsTransient);
        Assert.Equal(1, h.Server.Calls(FakeWeChatServer.SubscribeSend));
        var error = Assert.Single(h.Health.RecentErrors());
        Assert.Equal(("message/subscribe/send", expected), (error.Api, error.ErrorCode));
    }

    [Theory]
    [InlineData(WeChatFault.ServerError)]
    [InlineData(WeChatFault.MalformedJson)]
    [InlineData(WeChatFault.Slow)]
    public async Task Send_TransportFailure_TransportAndNeverResent(WeChatFault fault)
    {
        await using var h = await LiveClientHarness.StartAsync(attemptTimeout: TimeSpan.FromMilliseconds(400));
        h.Server.SlowDelay = TimeSpan.FromSeconds(3);
        await h.Client.SendSubscribeMessageAsync(LiveClientHarness.Subscribe());
        h.Server.FailNext(FakeWeChatServer.SubscribeSend, fault, times: 5);

        var e = await Assert.ThrowsAsync<WeChatException>(() => h.Client.SendSubscribeMessageAsync(LiveClientHarness.Subscribe()));

        Assert.Equal(WeChatException.Transport, e.ErrorCode);
        Assert.True(e.IsTransient);
        Assert.Equal(2, h.Server.Calls(FakeWeChatServer.SubscribeSend));
    }

    [Fact]
    public async Task CreateQr_ServerErrorOnce_RetriedByPipeline()
    {
        await using var h = await LiveClientHarness.StartAsync();
        h.Server.FailNext(FakeWeChatServer.QrCreate, WeChatFault.ServerError);

        var qr = await h.Client.CreateOfficialAccountQrAsync("bind:retry", TimeSpan.FromHours(1));

        Assert.Equal("bind:retry", qr.Scene);
        Assert.Equal(2, h.Server.Calls(FakeWeChatServer.QrCreate));
    }

    [Fact]
    public async Task StableToken_BusyOnce_FailureRecordedThenRecovers()
    {
        await using var h = await LiveClientHarness.StartAsync();
        h.Server.FailNext(FakeWeChatServer.StableToken, WeChatFault.Busy);

        await Assert.ThrowsAsync<WeChatException>(() => h.Client.SendSubscribeMessageAsync(LiveClientHarness.Subscribe()));
        await h.Client.SendSubscribeMessageAsync(LiveClientHarness.Subscribe());

        var health = Assert.Single(h.Health.Tokens());
        Assert.Equal((1, 1, WeChatException.Busy), (health.Failures, health.Refreshes, health.LastFailureCode));
    }

    [Fact]
    public async Task Logs_EveryCallAndFailure_NoSecretTokenOrSecretUrl()
    {
        await using var h = await LiveClientHarness.StartAsync();
        h.Server.FailNext(FakeWeChatServer.SubscribeSend, WeChatFault.ExpiredToken);
        h.Server.FailNext(FakeWeChatServer.Code2Session, WeChatFault.Busy);

        await h.Client.SendSubscribeMessageAsync(LiveClientHarness.Subscribe());
        await Assert.ThrowsAsync<WeChatException>(() => h.Client.Code2SessionAsync("log-1"));
        await h.Client.ExchangeOAuthCodeAsync("log-2");
        await h.Client.CreateOfficialAccountQrAsync("bind:log", null);

        var text = h.Logs.Text;
        Assert.Contains("errcode 42001", text, StringComparison.Ordinal);
        Assert.Contains("errcode -1", text, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeWeChatServer.MiniProgramSecret, text, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeWeChatServer.OfficialAccountSecret, text, StringComparison.Ordinal);
        Assert.DoesNotContain("secret=", text, StringComparison.Ordinal);
        Assert.DoesNotContain("access_token=", text, StringComparison.Ordinal);
        Assert.All(h.Server.IssuedTokens, token => Assert.DoesNotContain(token, text, StringComparison.Ordinal));
        Assert.DoesNotContain(h.Logs.Lines, l => l.Contains("System.Net.Http.HttpClient", StringComparison.Ordinal));
    }
}
