using Microsoft.Extensions.Time.Testing;
using ParkShare.Core.Lots;
using ParkShare.Core.Lots.Editing;
using ParkShare.Core.Lots.History;
using ParkShare.Core.Parking;
using ParkShare.Tests.Core;
using ParkShare.Web.Lots.Editing;

namespace ParkShare.Tests.Web.Lots.Editing;

public sealed class LevelEditPrefetchTests : IAsyncLifetime
{
    private readonly TempDatabase _database = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 5, 1, 8, 0, 0, TimeSpan.Zero));
    private LevelEditService _editing = null!;
    private LevelEditPrefetch _prefetch = null!;
    private Lot _lot = null!;

    private Guid LevelId => _lot.Levels[0].Id;

    [Fact]
    public async Task TakeAsync_SameUserWithinSeconds_ReturnsThePrefetchedLoad()
    {
        _prefetch.Start("user-1", _lot.Id, LevelId);
        var first = await _prefetch.TakeAsync("user-1", _lot.Id, LevelId);
        var again = await _prefetch.TakeAsync("user-1", _lot.Id, LevelId);

        Assert.NotNull(first);
        Assert.Equal(LevelId, first.Draft.LevelId);
        Assert.NotSame(first, again);
        Assert.Equal(first.Draft, again!.Draft);
    }

    [Fact]
    public async Task TakeAsync_SecondTake_LoadsAgainSoAReloadIsNeverAnOldPrefetch()
    {
        _prefetch.Start("user-1", _lot.Id, LevelId);
        var first = await _prefetch.TakeAsync("user-1", _lot.Id, LevelId);
        await _editing.SaveAsync(first!.Draft.AddLandmark(LandmarkKind.Pillar, new ParkShare.Core.Geometry.Point2(3, 3)), new ConsoleActor("user-1", "One"));

        var second = await _prefetch.TakeAsync("user-1", _lot.Id, LevelId);

        Assert.Equal(first.Draft.Version + 1, second!.Draft.Version);
    }

    [Fact]
    public async Task TakeAsync_PrefetchOlderThanFiveSeconds_LoadsTheLevelAsStoredNow()
    {
        _prefetch.Start("user-1", _lot.Id, LevelId);
        var stale = await _editing.OpenAsync(_lot.Id, LevelId);
        await _editing.SaveAsync(stale!.Draft.AddLandmark(LandmarkKind.Pillar, new ParkShare.Core.Geometry.Point2(3, 3)), new ConsoleActor("user-2", "Two"));
        _clock.Advance(TimeSpan.FromSeconds(6));

        var taken = await _prefetch.TakeAsync("user-1", _lot.Id, LevelId);

        Assert.Equal(stale.Draft.Version + 1, taken!.Draft.Version);
    }

    [Fact]
    public async Task TakeAsync_AnotherUsersPrefetch_IsNotHandedOver()
    {
        _prefetch.Start("user-1", _lot.Id, LevelId);
        var stale = await _editing.OpenAsync(_lot.Id, LevelId);
        await _editing.SaveAsync(stale!.Draft.AddLandmark(LandmarkKind.Pillar, new ParkShare.Core.Geometry.Point2(3, 3)), new ConsoleActor("user-2", "Two"));

        var taken = await _prefetch.TakeAsync("user-2", _lot.Id, LevelId);

        Assert.Equal(stale.Draft.Version + 1, taken!.Draft.Version);
    }

    public async Task InitializeAsync()
    {
        await _database.MigrateAsync();
        _lot = LotGenerator.Generate(LotLayout.Demo);
        await using (var db = _database.CreateDbContext())
        {
            db.Lots.Add(_lot);
            await db.SaveChangesAsync();
        }

        _editing = new LevelEditService(_database, new LotMapCache(_database, _clock), new SpaceStateNotifier(), new LotChangeLog(_database, _clock));
        _prefetch = new LevelEditPrefetch(_editing, _clock);
    }

    public Task DisposeAsync()
    {
        _database.Dispose();
        return Task.CompletedTask;
    }
}
