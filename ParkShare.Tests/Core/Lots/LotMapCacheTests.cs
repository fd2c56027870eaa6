using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using ParkShare.Core.Lots;

namespace ParkShare.Tests.Core.Lots;

public sealed class LotMapCacheTests : IDisposable
{
    private readonly TempDatabase _database = new();
    private readonly FakeTimeProvider _clock = new();

    [Fact]
    public async Task GetAsync_VersionChangedElsewhere_SeenAfterTheFreshnessWindowOrAtOnceWhenInvalidated()
    {
        await _database.MigrateAsync();
        var lot = LotGenerator.Generate(LotLayout.Demo);
        await using (var db = _database.CreateDbContext())
        {
            db.Lots.Add(lot);
            await db.SaveChangesAsync();
        }

        var cache = new LotMapCache(_database, _clock);
        Assert.Equal(1, (await cache.GetAsync(lot.Id))!.Version);

        await BumpAsync(lot.Id);
        Assert.Equal(1, (await cache.GetAsync(lot.Id))!.Version);
        _clock.Advance(LotMapCache.FreshnessWindow);
        Assert.Equal(2, (await cache.GetAsync(lot.Id))!.Version);

        await BumpAsync(lot.Id);
        cache.Invalidate(lot.Id);
        Assert.Equal(3, (await cache.GetAsync(lot.Id))!.Version);
        Assert.Null(await cache.GetAsync(Guid.NewGuid()));
    }

    [Fact]
    public async Task GetAsync_OtherNodesNotHeard_ChecksTheVersionOnEveryReadUntilHeardAgain()
    {
        var lot = await AddLotAsync();
        var cache = new LotMapCache(_database, _clock) { OtherNodesHeard = false };
        Assert.Equal(1, (await cache.GetAsync(lot.Id))!.Version);

        await BumpAsync(lot.Id);
        Assert.Equal(2, (await cache.GetAsync(lot.Id))!.Version);

        cache.OtherNodesHeard = true;
        await BumpAsync(lot.Id);
        Assert.Equal(3, (await cache.GetAsync(lot.Id))!.Version); // hearing again forgets what was checked while deaf
        await BumpAsync(lot.Id);
        Assert.Equal(3, (await cache.GetAsync(lot.Id))!.Version);
        cache.InvalidateFromAnotherNode(lot.Id);
        Assert.Equal(4, (await cache.GetAsync(lot.Id))!.Version);
    }

    [Fact]
    public async Task GetCurrentAsync_VersionChangedElsewhereWithinTheWindow_SeenAtOnce()
    {
        var lot = await AddLotAsync();
        var cache = new LotMapCache(_database, _clock);
        Assert.Equal(1, (await cache.GetAsync(lot.Id))!.Version);

        await BumpAsync(lot.Id);
        Assert.Equal(1, (await cache.GetAsync(lot.Id))!.Version);
        Assert.Equal(2, (await cache.GetCurrentAsync(lot.Id))!.Version);
        Assert.Equal(2, (await cache.GetAsync(lot.Id))!.Version);
    }

    [Fact]
    public async Task Invalidate_LocalEdit_RaisesEditedForTheRelayButAnotherNodesEditDoesNot()
    {
        var cache = new LotMapCache(_database, _clock);
        var edited = new List<Guid>();
        cache.Edited += edited.Add;
        var local = Guid.NewGuid();

        cache.Invalidate(local);
        cache.InvalidateFromAnotherNode(Guid.NewGuid());
        cache.InvalidateAllFromAnotherNode();

        Assert.Equal([local], edited);
    }

    public void Dispose() => _database.Dispose();

    private async Task<Lot> AddLotAsync()
    {
        await _database.MigrateAsync();
        var lot = LotGenerator.Generate(LotLayout.Demo);
        await using var db = _database.CreateDbContext();
        db.Lots.Add(lot);
        await db.SaveChangesAsync();
        return lot;
    }

    private async Task BumpAsync(Guid lotId)
    {
        await using var db = _database.CreateDbContext();
        var stored = await db.Lots.FirstAsync(l => l.Id == lotId);
        stored.MarkChanged();
        await db.SaveChangesAsync();
    }
}
