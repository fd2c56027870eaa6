using FsCheck.Xunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ParkShare.Core.WeChat;
using ParkShare.Core.Drivers;
using ParkShare.Core.Geometry;
using ParkShare.Core.Lots;
using ParkShare.Core.Occupancy;
using ParkShare.Core.Parking;
using ParkShare.Core.Refinement;

namespace ParkShare.Tests.Core.Parking;

/// <summary>
/// Random sequences of reserve / cancel / check-in / time passing with no-show expiry, run against the
/// real services and SQLite and against a plain model: every answer agrees with the model, and the
/// database never holds two overlapping live reservations for one space.
/// </summary>
public sealed class ReservationModelPropertyTests
{
    private static readonly DateTimeOffset Epoch = new(2026, 11, 26, 8, 0, 0, TimeSpan.Zero);

    [Property(MaxTest = 60)]
    public bool Operations_AnySequence_MatchTheModelAndNeverOverlap(int[] program)
    {
        // Five numbers make one operation, so every field varies on its own.
        var ops = program.Chunk(5).Where(c => c.Length == 5)
            .Select(c => new Op((c[0] & int.MaxValue) % 4, (c[1] & int.MaxValue) % 3, (c[2] & int.MaxValue) % 2, (c[3] & int.MaxValue) % 6, 1 + ((c[4] & int.MaxValue) % 3)))
            .Take(30)
            .ToArray();
        return RunAsync(ops).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task Operations_OverlapByAnotherDriver_IsRefusedLikeTheModelSays()
    {
        Assert.True(await RunAsync(
        [
            new Op(Kind: 0, Driver: 0, Space: 0, Slot: 0, Length: 3),
            new Op(Kind: 0, Driver: 1, Space: 0, Slot: 1, Length: 1),
            new Op(Kind: 0, Driver: 1, Space: 0, Slot: 3, Length: 1),
            new Op(Kind: 2, 0, 0, 0, 1),
            new Op(Kind: 3, Driver: 0, 0, 0, 1),
            new Op(Kind: 1, Driver: 1, 0, 0, 1),
            new Op(Kind: 2, 0, 0, 0, 1),
            new Op(Kind: 2, 0, 0, 0, 1),
            new Op(Kind: 0, Driver: 2, Space: 1, Slot: 5, Length: 3),
        ]));
    }

    /// <summary>Kind 0 reserve, 1 cancel, 2 twenty minutes pass (no-shows expire), 3 check in; Driver also picks the reservation.</summary>
    private sealed record Op(int Kind, int Driver, int Space, int Slot, int Length);

    private static async Task<bool> RunAsync(IReadOnlyList<Op> program)
    {
        using var database = await new TempDatabase().MigrateAsync();
        var clock = new FakeTimeProvider(Epoch);
        var notifier = new SpaceStateNotifier();
        var lot = Lot.Create("Model lot", "-", "Asia/Shanghai", new Georeference(31.2, 121.5, 0, 1));
        var level = lot.AddLevel("B1", -1, Polygon2.Rectangle(0, 0, 20, 10));
        var zone = level.AddZone("A", "A", "#888", Polygon2.Rectangle(0, 0, 20, 10));
        var spaces = Enumerable.Range(0, 2).Select(i => level.AddSpace(zone, $"B1-A-{i + 1:000}", i + 1, Polygon2.Rectangle(i * 3, 0, (i * 3) + 2.5, 5), SpaceKind.Standard)).ToList();
        var drivers = Enumerable.Range(0, 3).Select(i => Driver.Create(new WeChatIdentity(WeChatChannel.MiniProgram, $"model-{i}", null), Epoch.UtcDateTime)).ToList();
        await using (var db = database.CreateDbContext())
        {
            db.Lots.Add(lot);
            db.Drivers.AddRange(drivers);
            await db.SaveChangesAsync();
        }

        var map = LotMap.Build(lot);
        var reservations = new ReservationService(database, clock, notifier, Options.Create(new OccupancyOptions()));
        var parking = new ParkingService(database, new PositionRefiner(), clock, notifier);
        var model = new List<ModelReservation>();
        var parked = new HashSet<Guid>();
        var rules = ReservationRules.Default;

        foreach (var op in program)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            switch (op.Kind)
            {
                case 0:
                    var driver = drivers[op.Driver].Id;
                    var space = spaces[op.Space].Id;
                    var start = Epoch.UtcDateTime.AddMinutes(10 + (30 * op.Slot));
                    var end = start.AddMinutes(30 * op.Length);
                    var expected = start >= now - ReservationService.StartSlack
                        && model.Count(m => m.DriverId == driver && m.State == ReservationState.Active) < rules.MaxActivePerDriver
                        && !model.Any(m => m.SpaceId == space && m.IsLive && m.Start < end && start < m.End);
                    var outcome = await reservations.CreateAsync(new ReservationRequest(driver, space, start, end, null));
                    if ((outcome.Reservation is not null) != expected)
                    {
                        return false;
                    }

                    if (outcome.Reservation is { } r)
                    {
                        model.Add(new ModelReservation(r.Id, driver, space, start, end, start.AddMinutes(rules.HoldMinutes)));
                    }

                    break;
                case 1 when model.Count > 0:
                    var cancelled = model[(op.Driver + op.Slot) % model.Count];
                    var cancel = await reservations.CancelAsync(cancelled.DriverId, cancelled.Id, null);
                    if ((cancel.Reservation is not null) != (cancelled.State == ReservationState.Active))
                    {
                        return false;
                    }

                    if (cancel.Reservation is not null)
                    {
                        cancelled.State = ReservationState.Cancelled;
                    }

                    break;
                case 2:
                    clock.Advance(TimeSpan.FromMinutes(20));
                    now = clock.GetUtcNow().UtcDateTime;
                    var lapsed = model.Where(m => m.State == ReservationState.Active && now >= m.HoldUntil).ToList();
                    if (await reservations.ExpireNoShowsAsync() != lapsed.Count)
                    {
                        return false;
                    }

                    lapsed.ForEach(m => m.State = ReservationState.Expired);
                    break;
                case 3 when model.Count > 0:
                    var arriving = model[(op.Driver + op.Slot) % model.Count];
                    var canCheckIn = arriving.State == ReservationState.Active && now < arriving.End && !parked.Contains(arriving.DriverId);
                    var checkIn = await parking.CheckInAsync(arriving.DriverId, arriving.Id, map, ParkingDetails.None);
                    if ((checkIn.Record is not null) != canCheckIn)
                    {
                        return false;
                    }

                    if (checkIn.Record is not null)
                    {
                        arriving.State = ReservationState.CheckedIn;
                        parked.Add(arriving.DriverId);
                    }

                    break;
            }

            await using var check = database.CreateDbContext();
            var live = await check.Reservations.Where(r => r.State == ReservationState.Active || r.State == ReservationState.CheckedIn).ToListAsync();
            if (live.Any(a => live.Any(b => a.Id != b.Id && a.SpaceId == b.SpaceId && a.StartsAtUtc < b.EndsAtUtc && b.StartsAtUtc < a.EndsAtUtc)))
            {
                return false;
            }
        }

        return true;
    }

    private sealed class ModelReservation(Guid id, Guid driverId, Guid spaceId, DateTime start, DateTime end, DateTime holdUntil)
    {
        public Guid Id { get; } = id;

        public Guid DriverId { get; } = driverId;

        public Guid SpaceId { get; } = spaceId;

        public DateTime Start { get; } = start;

        public DateTime End { get; } = end;

        public DateTime HoldUntil { get; } = holdUntil < end ? holdUntil : end;

        public ReservationState State { get; set; } = ReservationState.Active;

        public bool IsLive => State is ReservationState.Active or ReservationState.CheckedIn;
    }
}
