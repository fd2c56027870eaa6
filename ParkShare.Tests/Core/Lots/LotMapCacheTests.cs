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

    public void Dispose() => _database.Dispose();

    private async Task BumpAsync(Guid lotId)
    {
        await using var db = _database.CreateDbContext();
        var stored = await db.Lots.FirstAsync(l => l.Id == lotId);
        stored.MarkChanged();
        await db.SaveChangesAsync();
    }
}
