using Microsoft.Extensions.Time.Testing;
using ParkShare.Core.WeChat;

namespace ParkShare.Tests.Core.WeChat;

public sealed class WeChatTokenCacheTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 5, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly List<bool> _fetches = [];

    private WeChatTokenCache Cache() => new(_clock, new WeChatHealth(_clock));

    private Task<WeChatAccessToken> FetchAsync(bool force, CancellationToken cancellationToken)
    {
        _fetches.Add(force);
        return Task.FromResult(new WeChatAccessToken("t" + _fetches.Count, _clock.GetUtcNow().UtcDateTime.AddHours(2)));
    }

    [Fact]
    public async Task Get_BeforeMargin_CachedThenRefreshedFiveMinutesBeforeExpiry()
    {
        var cache = Cache();

        Assert.Equal("t1", await cache.GetAsync("app", FetchAsync, default));
        _clock.Advance(TimeSpan.FromMinutes(114));
        Assert.Equal("t1", await cache.GetAsync("app", FetchAsync, default));
        _clock.Advance(TimeSpan.FromMinutes(1.5));
        Assert.Equal("t2", await cache.GetAsync("app", FetchAsync, default));
    }

    [Fact]
    public async Task Get_TwoApps_OneTokenEach()
    {
        var cache = Cache();

        Assert.Equal("t1", await cache.GetAsync("a", FetchAsync, default));
        Assert.Equal("t2", await cache.GetAsync("b", FetchAsync, default));
        Assert.Equal("t1", await cache.GetAsync("a", FetchAsync, default));
    }

    [Fact]
    public async Task Renew_RejectedTokenAlreadyReplaced_NoSecondFetch()
    {
        var cache = Cache();
        await cache.GetAsync("app", FetchAsync, default);

        var first = await cache.RenewAsync("app", "t1", FetchAsync, default);
        var second = await cache.RenewAsync("app", "t1", FetchAsync, default);

        Assert.Equal(("t2", "t2"), (first, second));
        Assert.Equal([false, false], _fetches);
    }

    [Fact]
    public async Task Renew_FetchFails_ErrorSurfacesAndNextCallFetchesAgain()
    {
        var cache = Cache();
        var fail = true;
        Task<WeChatAccessToken> Flaky(bool force, CancellationToken ct) =>
            fail ? Task.FromException<WeChatAccessToken>(new WeChatException(WeChatException.Busy, "busy")) : FetchAsync(force, ct);

        await Assert.ThrowsAsync<WeChatException>(() => cache.GetAsync("app", Flaky, default));
        fail = false;

        Assert.Equal("t1", await cache.GetAsync("app", Flaky, default));
    }
}
