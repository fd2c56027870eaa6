using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ParkShare.Core.Lots;
using ParkShare.Core.Occupancy;
using ParkShare.Core.Parking;

namespace ParkShare.Tests.Core.Parking;

public sealed class SpaceStatesTests : IDisposable
{
    private readonly TempDatabase _database = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));
    private readonly SpaceStateNotifier _notifier = new();

    [Fact]
    public async Task ForLevel_ChangeInThisProcessShowsAtOnce_ChangeElsewhereAfterTheWindow()
    {
        await _database.MigrateAsync();
        var lot = LotGenerator.Generate(LotLayout.Demo);
        await using (var db = _database.CreateDbContext())
        {
            db.Lots.Add(lot);
            await db.SaveChangesAsync();
        }

        var map = LotMap.Build(lot);
        var level = map.Levels[0];
        var states = new SpaceStates(_database, _clock, _notifier, Options.Create(new OccupancyOptions()));
        var operations = new LotOperations(_database, _clock, _notifier);
        Assert.All(await states.ForLevelAsync(lot.Id, level), s => Assert.Equal(SpaceStateKind.Free, s));

        await operations.SetSpaceDisabledAsync(lot.Id, level.Spaces[0].Id, disabled: true);
        Assert.Equal(SpaceStateKind.Disabled, (await states.ForLevelAsync(lot.Id, level))[0]);

        await using (var db = _database.CreateDbContext())
        {
            // Another process enables it: this one does not hear of it.
            await db.Spaces.Where(s => s.Id == level.Spaces[0].Id).ExecuteUpdateAsync(u => u.SetProperty(s => s.Disabled, false));
        }

        Assert.Equal(SpaceStateKind.Disabled, (await states.ForLevelAsync(lot.Id, level))[0]);
        _clock.Advance(SpaceStates.FreshnessWindow);
        Assert.Equal(SpaceStateKind.Free, (await states.ForLevelAsync(lot.Id, level))[0]);
    }

    public void Dispose() => _database.Dispose();
}
