using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ParkShare.Core.WeChat;
using ParkShare.Core.Drivers;
using ParkShare.Core.Lots;
using ParkShare.Core.Occupancy;
using ParkShare.Core.Parking;

namespace ParkShare.Tests.Core.Occupancy;

public sealed class OccupancyFeedTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 26, 10, 0, 0, TimeSpan.FromHours(8));
    private readonly TempDatabase _database = new();
    private readonly FakeTimeProvider _clock = new(T0.AddMinutes(1));
    private readonly SpaceStateNotifier _notifier = new();
    private readonly IOptions<OccupancyOptions> _options = Options.Create(new OccupancyOptions { SensorTtlMinutes = 60 });
    private LotMap _map = default!;
    private OccupancyFeed _feed = default!;
    private SpaceStates _states = default!;
    private LotApiKey _key = default!;

    public async Task InitializeAsync()
    {
        await _database.MigrateAsync();
        var lot = LotGenerator.Generate(LotLayout.Demo);
        await using (var db = _database.CreateDbContext())
        {
            db.Lots.Add(lot);
            await db.SaveChangesAsync();
        }

        _map = LotMap.Build(lot);
        _feed = new OccupancyFeed(_database, _clock, _notifier);
        _states = new SpaceStates(_database, _clock, _notifier, _options);
        _key = (await new LotApiKeyService(_database, _clock).CreateAsync(lot.Id, "B1 camera gateway", "admin@parkshare.local")).Key!;
    }

    [Fact]
    public async Task Apply_OlderObservationAfterNewer_IgnoredAndNewerStateKept()
    {
        var newer = await _feed.ApplyAsync(_map, _key.Id, [Observe("B1-A-001", true, T0)]);
        var older = await _feed.ApplyAsync(_map, _key.Id, [Observe("B1-A-001", false, T0.AddSeconds(-30))]);

        Assert.Equal((1, 0), (newer.Applied, newer.IgnoredAsOlder));
        Assert.Equal((0, 1), (older.Applied, older.IgnoredAsOlder));
        Assert.Equal(SpaceStateKind.Occupied, await StateAsync("B1-A-001"));
    }

    [Fact]
    public async Task Apply_SameBatchTwice_SecondChangesNothing()
    {
        OccupancyObservation[] batch = [Observe("B1-A-002", true, T0.AddTicks(1234)), Observe("b1a3", true, T0), Observe("B1-A-002", false, T0.AddSeconds(20))];

        var first = await _feed.ApplyAsync(_map, _key.Id, batch);
        var replay = await _feed.ApplyAsync(_map, _key.Id, batch);

        Assert.Equal((3, 0), (first.Applied, first.IgnoredAsOlder));
        Assert.Equal((0, 3), (replay.Applied, replay.IgnoredAsOlder));
        Assert.Equal(SpaceStateKind.Free, await StateAsync("B1-A-002"));
        Assert.Equal(SpaceStateKind.Occupied, await StateAsync("B1-A-003"));
    }

    [Fact]
    public async Task Apply_OneUnknownSpace_NothingWrittenAndTheErrorNamesItemAndCode()
    {
        var outcome = await _feed.ApplyAsync(_map, _key.Id, [Observe("B1-A-004", true, T0), Observe("B9-Z-999", true, T0), Observe("B1-A-005", true, T0.AddHours(1))]);

        Assert.False(outcome.Succeeded);
        Assert.Contains(outcome.Errors, e => e is { Index: 1, Field: "space", Kind: OccupancyItemErrorKind.UnknownSpace, Value: "B9-Z-999" });
        Assert.Contains(outcome.Errors, e => e is { Index: 2, Kind: OccupancyItemErrorKind.ObservedAtInFuture });
        await using var db = _database.CreateDbContext();
        Assert.Equal(0, await db.SensorOccupancies.CountAsync());
        Assert.Null((await db.LotApiKeys.SingleAsync()).LastUsedAtUtc);
    }

    [Fact]
    public async Task States_SensorOccupied_CountsUntilTheTtlThenFallsBackToFree()
    {
        await _feed.ApplyAsync(_map, _key.Id, [Observe("B1-A-006", true, T0)]);
        Assert.Equal(SpaceStateKind.Occupied, await StateAsync("B1-A-006"));

        _clock.Advance(TimeSpan.FromMinutes(58));
        Assert.Equal(SpaceStateKind.Occupied, await StateAsync("B1-A-006"));

        _clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(SpaceStateKind.Free, await StateAsync("B1-A-006"));
        var sources = await new SpaceStateSources(_database, _clock, _options).ForSpaceAsync(_map.LotId, _map.FindByCode("B1-A-006").Space!.Id);
        Assert.Equal(SpaceStateCause.SensorStale, Assert.Single(sources).Cause);
    }

    [Fact]
    public async Task Apply_RevokedKey_RefusedAndNothingWritten()
    {
        await new LotApiKeyService(_database, _clock).RevokeAsync(_map.LotId, _key.Id, "admin@parkshare.local");

        var outcome = await _feed.ApplyAsync(_map, _key.Id, [Observe("B1-A-007", true, T0)]);

        Assert.True(outcome.KeyRevoked);
        await using var db = _database.CreateDbContext();
        Assert.Equal(0, await db.SensorOccupancies.CountAsync());
    }

    [Fact]
    public async Task Reserve_SensorOccupiedSpace_RefusedNowButFineLater()
    {
        await _feed.ApplyAsync(_map, _key.Id, [Observe("B1-A-008", true, T0)]);
        var reservations = new ReservationService(_database, _clock, _notifier, _options);
        Driver driver;
        await using (var db = _database.CreateDbContext())
        {
            db.Drivers.Add(driver = Driver.Create(new WeChatIdentity(WeChatChannel.MiniProgram, "sandbox-feed", null), _clock.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync();
        }

        var space = _map.FindByCode("B1-A-008").Space!.Id;
        var now = _clock.GetUtcNow().UtcDateTime;
        var refused = await reservations.CreateAsync(new ReservationRequest(driver.Id, space, now, now.AddHours(1), null));
        var later = await reservations.CreateAsync(new ReservationRequest(driver.Id, space, now.AddHours(3), now.AddHours(4), null));

        Assert.Equal(ReservationError.SpaceTaken, refused.Error);
        Assert.NotNull(later.Reservation);
        var sources = await new SpaceStateSources(_database, _clock, _options).ForSpaceAsync(_map.LotId, space);
        var sensor = Assert.Single(sources);
        Assert.Equal((SpaceStateCause.SensorOccupied, "cam-3", "B1 camera gateway"), (sensor.Cause, sensor.SensorLabel, sensor.KeyName));
    }

    public Task DisposeAsync()
    {
        _database.Dispose();
        return Task.CompletedTask;
    }

    private static OccupancyObservation Observe(string code, bool occupied, DateTimeOffset at) => new(code, null, occupied, at, "cam-3");

    private async Task<SpaceStateKind> StateAsync(string code)
    {
        var space = _map.FindByCode(code).Space!;
        _clock.Advance(SpaceStates.FreshnessWindow);
        var states = await _states.ForLevelAsync(_map.LotId, space.Level);
        return states[space.Level.Spaces.ToList().IndexOf(space)];
    }
}
