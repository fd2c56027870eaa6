using ParkShare.Core.Drivers;
using ParkShare.Core.WeChat;

namespace ParkShare.Tests.Core.Drivers;

/// <summary>One person, two WeChat channels: linking by unionid over a real SQLite file.</summary>
public sealed class DriverIdentitiesTests : IAsyncLifetime, IDisposable
{
    private static readonly DateTime Now = new(2026, 11, 26, 8, 0, 0, DateTimeKind.Utc);
    private readonly TempDatabase _contexts = new();

    public Task InitializeAsync() => _contexts.MigrateAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _contexts.Dispose();

    [Fact]
    public async Task FindOrAdd_SameUnionIdOnOtherChannel_LinksToOneDriver()
    {
        var first = await AddAsync(new WeChatIdentity(WeChatChannel.MiniProgram, "mp-1", "union-1"));
        var second = await AddAsync(new WeChatIdentity(WeChatChannel.OfficialAccount, "oa-1", "union-1"));

        Assert.Equal(first.Id, second.Id);
        Assert.Equal("mp-1", second.MiniProgramOpenId);
        Assert.Equal("oa-1", second.OfficialAccountOpenId);
    }

    [Fact]
    public async Task FindOrAdd_NoUnionId_KeepsChannelsApart()
    {
        var first = await AddAsync(new WeChatIdentity(WeChatChannel.MiniProgram, "mp-2", null));
        var second = await AddAsync(new WeChatIdentity(WeChatChannel.OfficialAccount, "oa-2", null));

        Assert.NotEqual(first.Id, second.Id);
        Assert.Null(second.MiniProgramOpenId);
    }

    [Fact]
    public async Task FindOrAdd_UnionIdOfDriverWithOtherOpenIdOnChannel_CreatesNewDriver()
    {
        var first = await AddAsync(new WeChatIdentity(WeChatChannel.MiniProgram, "mp-3", "union-3"));
        await using var db = _contexts.CreateDbContext();

        // The unionid points at a driver whose mini-program openid differs: never overwrite it.
        var found = await DriverIdentities.FindAsync(db, new WeChatIdentity(WeChatChannel.MiniProgram, "mp-other", "union-3"), CancellationToken.None);

        Assert.Null(found);
        Assert.False(first.CanLink(new WeChatIdentity(WeChatChannel.MiniProgram, "mp-other", "union-3")));
    }

    [Fact]
    public void Link_ContradictingUnionId_Throws()
    {
        var driver = Driver.Create(new WeChatIdentity(WeChatChannel.MiniProgram, "mp-4", "union-4"), Now);

        Assert.Throws<InvalidOperationException>(() => driver.Link(new WeChatIdentity(WeChatChannel.OfficialAccount, "oa-4", "union-other")));
        Assert.Null(driver.OfficialAccountOpenId);
    }

    private async Task<Driver> AddAsync(WeChatIdentity identity)
    {
        await using var db = _contexts.CreateDbContext();
        var driver = await DriverIdentities.FindOrAddAsync(db, identity, Now, CancellationToken.None);
        await db.SaveChangesAsync();
        return driver;
    }
}
