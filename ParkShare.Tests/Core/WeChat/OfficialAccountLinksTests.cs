using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using ParkShare.Core.Drivers;
using ParkShare.Core.WeChat;

namespace ParkShare.Tests.Core.WeChat;

/// <summary>One-time "link:" codes over a real SQLite file.</summary>
public sealed class OfficialAccountLinksTests : IAsyncLifetime, IDisposable
{
    private readonly TempDatabase _contexts = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));
    private readonly OfficialAccountLinks _links;

    public OfficialAccountLinksTests() => _links = new OfficialAccountLinks(_contexts, _clock);

    public Task InitializeAsync() => _contexts.MigrateAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _contexts.Dispose();

    [Fact]
    public async Task Link_FreshCode_LinksTheOpenIdOnceAndStoresOnlyAHash()
    {
        var driver = await AddAsync(new WeChatIdentity(WeChatChannel.MiniProgram, "mp-1", null));
        var issue = await _links.IssueAsync(driver.Id);

        Assert.Equal(OfficialAccountLinkResult.Linked, await _links.LinkAsync(issue.Code, "oa-1", null));
        Assert.Equal(OfficialAccountLinkResult.CodeInvalid, await _links.LinkAsync(issue.Code, "oa-1", null));

        await using var db = _contexts.CreateDbContext();
        var linked = await db.Drivers.SingleAsync(d => d.Id == driver.Id);
        Assert.Equal("oa-1", linked.OfficialAccountOpenId);
        Assert.True(linked.FollowsOfficialAccount);
        Assert.DoesNotContain(await db.OfficialAccountLinkCodes.ToListAsync(), c => c.CodeHash.SequenceEqual(System.Text.Encoding.ASCII.GetBytes(issue.Code)));
    }

    [Fact]
    public async Task Link_ExpiredOrReplacedOrMalformedCode_CodeInvalid()
    {
        var driver = await AddAsync(new WeChatIdentity(WeChatChannel.MiniProgram, "mp-2", null));
        var first = await _links.IssueAsync(driver.Id);
        var second = await _links.IssueAsync(driver.Id);

        Assert.Equal(OfficialAccountLinkResult.CodeInvalid, await _links.LinkAsync(first.Code, "oa-2", null));
        Assert.Equal(OfficialAccountLinkResult.CodeInvalid, await _links.LinkAsync("short", "oa-2", null));
        _clock.Advance(OfficialAccountLinks.Lifetime);
        Assert.Equal(OfficialAccountLinkResult.CodeInvalid, await _links.LinkAsync(second.Code, "oa-2", null));
    }

    [Fact]
    public async Task Link_OpenIdOfAMiniProgramDriver_RefusedAndNothingChanges()
    {
        var driver = await AddAsync(new WeChatIdentity(WeChatChannel.MiniProgram, "mp-3", null));
        var other = await AddAsync(new WeChatIdentity(WeChatChannel.MiniProgram, "mp-4", null));
        await LinkDirectlyAsync(other.Id, "oa-4");
        var issue = await _links.IssueAsync(driver.Id);

        Assert.Equal(OfficialAccountLinkResult.OpenIdTaken, await _links.LinkAsync(issue.Code, "oa-4", null));

        await using var db = _contexts.CreateDbContext();
        Assert.Null((await db.Drivers.SingleAsync(d => d.Id == driver.Id)).OfficialAccountOpenId);
        Assert.Equal("oa-4", (await db.Drivers.SingleAsync(d => d.Id == other.Id)).OfficialAccountOpenId);
    }

    [Fact]
    public async Task Link_OpenIdOfAFollowerWithoutData_TakesItOver()
    {
        var driver = await AddAsync(new WeChatIdentity(WeChatChannel.MiniProgram, "mp-5", null));
        var follower = await AddAsync(new WeChatIdentity(WeChatChannel.OfficialAccount, "oa-5", null));
        var issue = await _links.IssueAsync(driver.Id);

        Assert.Equal(OfficialAccountLinkResult.Linked, await _links.LinkAsync(issue.Code, "oa-5", null));

        await using var db = _contexts.CreateDbContext();
        Assert.False(await db.Drivers.AnyAsync(d => d.Id == follower.Id));
        Assert.Equal("oa-5", (await db.Drivers.SingleAsync(d => d.Id == driver.Id)).OfficialAccountOpenId);
    }

    [Fact]
    public async Task Link_DriverAlreadyLinkedToAnotherOpenId_Refused()
    {
        var driver = await AddAsync(new WeChatIdentity(WeChatChannel.MiniProgram, "mp-6", null));
        await LinkDirectlyAsync(driver.Id, "oa-6");

        Assert.Equal(OfficialAccountLinkResult.DriverLinkedElsewhere, await _links.LinkAsync((await _links.IssueAsync(driver.Id)).Code, "oa-7", null));
        Assert.Equal(OfficialAccountLinkResult.AlreadyLinked, await _links.LinkAsync((await _links.IssueAsync(driver.Id)).Code, "oa-6", null));
    }

    [Fact]
    public async Task Followers_SubscribeThenOlderUnsubscribe_StillFollows()
    {
        var followers = new OfficialAccountFollowers(_contexts, _clock);
        var at = _clock.GetUtcNow().UtcDateTime;

        await followers.RecordAsync("oa-8", true, at);
        await followers.RecordAsync("oa-8", false, at.AddSeconds(-5));
        await followers.RecordAsync("oa-9", false, at);

        await using var db = _contexts.CreateDbContext();
        Assert.True((await db.Drivers.SingleAsync(d => d.OfficialAccountOpenId == "oa-8")).FollowsOfficialAccount);
        Assert.False(await db.Drivers.AnyAsync(d => d.OfficialAccountOpenId == "oa-9"));
    }

    private async Task<Driver> AddAsync(WeChatIdentity identity)
    {
        await using var db = _contexts.CreateDbContext();
        var driver = await DriverIdentities.FindOrAddAsync(db, identity, _clock.GetUtcNow().UtcDateTime, CancellationToken.None);
        await db.SaveChangesAsync();
        return driver;
    }

    private async Task LinkDirectlyAsync(Guid driverId, string openId)
    {
        await using var db = _contexts.CreateDbContext();
        (await db.Drivers.SingleAsync(d => d.Id == driverId)).Link(new WeChatIdentity(WeChatChannel.OfficialAccount, openId, null));
        await db.SaveChangesAsync();
    }
}
