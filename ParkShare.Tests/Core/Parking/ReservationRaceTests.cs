using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ParkShare.Core.Data;
using ParkShare.Core.Drivers;
using ParkShare.Core.Lots;
using ParkShare.Core.Occupancy;
using ParkShare.Core.Parking;
using ParkShare.Core.WeChat;
using ParkShare.Tests.Support;

namespace ParkShare.Tests.Core.Parking;

/// <summary>The race the write transaction (SQLite) or the exclusion constraint (PostgreSQL) decides, on whichever provider the run uses.</summary>
public sealed class ReservationRaceTests : IAsyncLifetime
{
    private readonly TempDatabase _contexts = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));
    private Lot _lot = default!;
    private List<Guid> _drivers = [];

    public async Task InitializeAsync()
    {
        await _contexts.MigrateAsync();
        await using var db = _contexts.CreateDbContext();
        _lot = LotGenerator.Generate(LotLayout.Demo);
        db.Lots.Add(_lot);
        var drivers = Enumerable.Range(0, 40).Select(i => Driver.Create(new WeChatIdentity(WeChatChannel.MiniProgram, $"race-{i}", null), _clock.GetUtcNow().UtcDateTime)).ToList();
        db.Drivers.AddRange(drivers);
        await db.SaveChangesAsync();
        _drivers = [.. drivers.Select(d => d.Id)];
    }

    [Fact]
    public async Task CreateAsync_FortyDriversAtOnceForOneSpaceWithShiftedWindows_NoTwoLiveOverlap()
    {
        var service = new ReservationService(_contexts, _clock, new SpaceStateNotifier(), Options.Create(new OccupancyOptions()));
        var space = _lot.Levels[0].Spaces[0].Id;
        var start = _clock.GetUtcNow().UtcDateTime.AddMinutes(30);

        // Windows shifted by 20 minutes and an hour long: each overlaps its neighbours but not all.
        var outcomes = await Task.WhenAll(_drivers.Select((driver, i) => Task.Run(() =>
            service.CreateAsync(new ReservationRequest(driver, space, start.AddMinutes(20 * (i % 8)), start.AddMinutes((20 * (i % 8)) + 60), null)))));

        Assert.All(outcomes, o => Assert.True(o.Reservation is not null || o.Error == ReservationError.SpaceTaken, o.Error.ToString()));
        await using var db = _contexts.CreateDbContext();
        var live = await db.Reservations.Where(r => r.SpaceId == space).ToListAsync();
        Assert.Equal(outcomes.Count(o => o.Reservation is not null), live.Count);
        Assert.DoesNotContain(live, a => live.Any(b => a.Id != b.Id && a.StartsAtUtc < b.EndsAtUtc && b.StartsAtUtc < a.EndsAtUtc));
        Assert.InRange(live.Count, 2, 3); // 0-60, 60-120 and perhaps 120-180 (only starts 0..140 exist): never fewer than two
    }

    [Fact]
    public async Task Insert_OverlappingLiveReservationBehindTheServicesBack_RefusedOnPostgresAsExclusionViolation()
    {
        var space = _lot.Levels[0].Spaces[1];
        var now = _clock.GetUtcNow().UtcDateTime;
        await using (var db = _contexts.CreateDbContext())
        {
            db.Reservations.Add(Reservation.Hold(_lot.Id, space.Id, _drivers[0], now.AddMinutes(30), now.AddMinutes(90), 15, now));
            await db.SaveChangesAsync();
        }

        await using var second = _contexts.CreateDbContext();
        second.Reservations.Add(Reservation.Hold(_lot.Id, space.Id, _drivers[1], now.AddMinutes(60), now.AddMinutes(120), 15, now));
        if (TestDatabases.IsPostgres)
        {
            var refused = await Assert.ThrowsAsync<DbUpdateException>(() => second.SaveChangesAsync());
            Assert.True(DatabaseFailures.IsExclusionViolation(refused));
        }
        else
        {
            // SQLite has no exclusion constraint: only the service's check under BEGIN IMMEDIATE keeps them apart.
            await second.SaveChangesAsync();
            Assert.Equal(2, await second.Reservations.CountAsync(r => r.SpaceId == space.Id));
        }
    }

    public Task DisposeAsync()
    {
        _contexts.Dispose();
        return Task.CompletedTask;
    }
}
