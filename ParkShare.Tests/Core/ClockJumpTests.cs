using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ParkShare.Core.Drivers;
using ParkShare.Core.Lots;
using ParkShare.Core.Notices;
using ParkShare.Core.Occupancy;
using ParkShare.Core.Parking;
using ParkShare.Core.Refinement;
using ParkShare.Core.Sharing.Links;
using ParkShare.Core.WeChat;
using ParkShare.Tests.Fakes;

namespace ParkShare.Tests.Core;

/// <summary>
/// The wall clock jumping forward and back (NTP stepping, a VM resumed, an operator fixing the date)
/// while reservations expire, reminders fall due and share links run out: each happens once, on time,
/// and nothing is undone or done again when the clock goes back.
/// </summary>
public sealed class ClockJumpTests : IAsyncLifetime
{
    private readonly TempDatabase _contexts = new();
    private readonly JumpingClock _clock = new(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));
    private ReservationService _reservations = default!;
    private ParkingService _parking = default!;
    private ReminderScanner _reminders = default!;
    private LotMap _map = default!;
    private Guid _driver;

    private DateTime Now => _clock.GetUtcNow().UtcDateTime;

    public async Task InitializeAsync()
    {
        await _contexts.MigrateAsync();
        await using var db = _contexts.CreateDbContext();
        var lot = LotGenerator.Generate(LotLayout.Demo);
        db.Lots.Add(lot);
        var driver = Driver.Create(new WeChatIdentity(WeChatChannel.MiniProgram, "sandbox-clock", null), Now);
        db.Drivers.Add(driver);
        await db.SaveChangesAsync();
        (_driver, _map) = (driver.Id, LotMap.Build(lot));
        var notifier = new SpaceStateNotifier();
        _reservations = new ReservationService(_contexts, _clock, notifier, Options.Create(new OccupancyOptions()));
        _parking = new ParkingService(_contexts, new PositionRefiner(), _clock, notifier);
        _reminders = new ReminderScanner(_contexts, _clock, Options.Create(new RemindersOptions()));
    }

    [Fact]
    public async Task ExpireNoShows_ClockJumpsForwardThenBackThenForward_ExpiresOnceWithOneNotice()
    {
        var reservation = await ReserveAsync("B2-C-017", Now.AddMinutes(30));
        var closedAt = Now.AddHours(3);

        _clock.Jump(TimeSpan.FromHours(3));
        var first = await _reservations.ExpireNoShowsAsync();
        _clock.Jump(TimeSpan.FromHours(-5));
        var afterBack = await _reservations.ExpireNoShowsAsync();
        _clock.Jump(TimeSpan.FromHours(6));
        var afterForward = await _reservations.ExpireNoShowsAsync();

        Assert.Equal((1, 0, 0), (first, afterBack, afterForward));
        var stored = await _reservations.FindAsync(_driver, reservation.Id);
        Assert.Equal((ReservationState.Expired, closedAt), (stored!.State, stored.ClosedAtUtc));
        Assert.Equal(1, await NoticesAsync(NoticeKind.ReservationExpired));
    }

    [Fact]
    public async Task ExpireNoShows_ClockJumpsBackBeforeTheHoldLapses_NotEarlyThenOnceOnTime()
    {
        var reservation = await ReserveAsync("B2-C-018", Now.AddMinutes(30));

        _clock.Jump(TimeSpan.FromHours(-2));
        Assert.Equal(0, await _reservations.ExpireNoShowsAsync());
        _clock.Jump(reservation.HoldUntilUtc - Now - TimeSpan.FromSeconds(1));
        Assert.Equal(0, await _reservations.ExpireNoShowsAsync());
        Assert.Equal(ReservationState.Active, (await _reservations.FindAsync(_driver, reservation.Id))!.State);
        _clock.Jump(TimeSpan.FromSeconds(1));

        Assert.Equal(1, await _reservations.ExpireNoShowsAsync());
        Assert.Equal(ReservationState.Expired, (await _reservations.FindAsync(_driver, reservation.Id))!.State);
    }

    [Fact]
    public async Task Scan_ClockJumpsBackAndForthAcrossTheReminderWindows_EachReminderOnce()
    {
        var reservation = await ReserveAsync("B2-C-019", Now.AddHours(1));

        _clock.Jump(TimeSpan.FromMinutes(50)); // 10 minutes before the start
        var startsSoon = await _reminders.ScanAsync();
        _clock.Jump(TimeSpan.FromMinutes(-50));
        var back = await _reminders.ScanAsync();
        _clock.Jump(TimeSpan.FromMinutes(50));
        var again = await _reminders.ScanAsync();
        _clock.Jump(reservation.HoldUntilUtc - Now - TimeSpan.FromMinutes(5)); // the hold lapses in 5 minutes
        var holdLapses = await _reminders.ScanAsync();
        _clock.Jump(TimeSpan.FromHours(-1));
        var backAgain = await _reminders.ScanAsync();
        _clock.Jump(TimeSpan.FromHours(1));
        var holdAgain = await _reminders.ScanAsync();

        Assert.Equal(NoticeKind.ReservationStartsSoon, Assert.Single(startsSoon).Kind);
        Assert.Empty(back);
        Assert.Empty(again);
        Assert.Equal(NoticeKind.HoldLapsesSoon, Assert.Single(holdLapses).Kind);
        Assert.Empty(backAgain);
        Assert.Empty(holdAgain);
        Assert.Equal((1, 1), (await NoticesAsync(NoticeKind.ReservationStartsSoon), await NoticesAsync(NoticeKind.HoldLapsesSoon)));
    }

    [Fact]
    public async Task Scan_ClockJumpsForwardPastTheStart_NoLateStartReminderAndTheNoShowExpiresOnce()
    {
        await ReserveAsync("B2-C-020", Now.AddHours(1));

        _clock.Jump(TimeSpan.FromHours(4));
        var late = await _reminders.ScanAsync();
        var expired = await _reservations.ExpireNoShowsAsync();
        _clock.Jump(TimeSpan.FromHours(-4));
        var back = await _reminders.ScanAsync();

        Assert.Empty(late);
        Assert.Equal(1, expired);
        Assert.Empty(back); // the reservation is over: going back does not bring its reminders back
        Assert.Equal(0, await NoticesAsync(NoticeKind.ReservationStartsSoon));
    }

    [Fact]
    public async Task ShareLink_ClockJumpsBackAndForth_ExpiresAtItsInstantAndTheJumpsDoNotMoveIt()
    {
        var position = new PositionRefiner().Describe(_map, _map.Spaces.First(s => s.Code == "B3-A-001"), ResolvedBy.SpaceCode);
        var record = (await _parking.ParkAsync(_driver, position, new ParkingDetails("沪A12345", null, null))).Record!;
        var options = Options.Create(new SharingOptions());
        var shares = new ShareService(_contexts, new PrefixShareTokenProtector(), _clock, options);
        var access = new ShareAccess(_contexts, new SpaceStateNotifier(), _clock, options);
        var created = await shares.CreateAsync(_driver, new ShareRequest(record.Id, TimeSpan.FromHours(2), null, null, ShowPlate: false, ShowPhoto: false));
        var expiresAt = created.Link!.ExpiresAtUtc;

        _clock.Jump(TimeSpan.FromHours(-3));
        var afterBack = await StateAsync(access, created.Token!);
        _clock.Jump(expiresAt - Now - TimeSpan.FromSeconds(1));
        var justBefore = await StateAsync(access, created.Token!);
        _clock.Jump(TimeSpan.FromSeconds(1));
        var onTime = await StateAsync(access, created.Token!);
        _clock.Jump(TimeSpan.FromDays(2));
        var later = await StateAsync(access, created.Token!);

        Assert.Equal(
            (ShareLinkState.Active, ShareLinkState.Active, ShareLinkState.Expired, ShareLinkState.Expired),
            (afterBack, justBefore, onTime, later));
        await using var db = _contexts.CreateDbContext();
        Assert.Equal(expiresAt, (await db.ShareLinks.SingleAsync()).ExpiresAtUtc);
    }

    public Task DisposeAsync()
    {
        _contexts.Dispose();
        return Task.CompletedTask;
    }

    private async Task<ShareLinkState?> StateAsync(ShareAccess access, string token)
    {
        var target = await access.FindAsync(token);
        return target?.Link.StateAt(Now, target.Record.IsActive);
    }

    private async Task<Reservation> ReserveAsync(string code, DateTime startsAtUtc)
    {
        var space = _map.Spaces.Single(s => s.Code == code).Id;
        var outcome = await _reservations.CreateAsync(new ReservationRequest(_driver, space, startsAtUtc, startsAtUtc.AddHours(2), null));
        return outcome.Reservation ?? throw new InvalidOperationException(outcome.Error.ToString());
    }

    private async Task<int> NoticesAsync(NoticeKind kind)
    {
        await using var db = _contexts.CreateDbContext();
        return await db.DriverNotices.CountAsync(n => n.DriverId == _driver && n.Kind == kind);
    }
}
