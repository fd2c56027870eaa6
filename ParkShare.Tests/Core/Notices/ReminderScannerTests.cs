using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ParkShare.Core.WeChat;
using ParkShare.Core.Drivers;
using ParkShare.Core.Lots;
using ParkShare.Core.Notices;
using ParkShare.Core.Parking;
using ParkShare.Core.Refinement;

namespace ParkShare.Tests.Core.Notices;

/// <summary>The demo lot is in Asia/Shanghai (UTC+8); the clock starts at 08:00 UTC, 16:00 local.</summary>
public sealed class ReminderScannerTests : IAsyncLifetime
{
    private static readonly TimeZoneInfo Shanghai = LotTime.Zone("Asia/Shanghai");
    private readonly TempDatabase _contexts = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));
    private ReservationService _reservations = default!;
    private ParkingService _parking = default!;
    private ReminderScanner _scanner = default!;
    private LotMap _map = default!;
    private Guid _driver;

    private DateTime Now => _clock.GetUtcNow().UtcDateTime;

    public async Task InitializeAsync()
    {
        await _contexts.MigrateAsync();
        await using var db = _contexts.CreateDbContext();
        var lot = LotGenerator.Generate(LotLayout.Demo);
        db.Lots.Add(lot);
        var driver = Driver.Create(new WeChatIdentity(WeChatChannel.MiniProgram, "sandbox-reminders", null), Now);
        db.Drivers.Add(driver);
        await db.SaveChangesAsync();
        (_driver, _map) = (driver.Id, LotMap.Build(lot));
        var notifier = new SpaceStateNotifier();
        _reservations = new ReservationService(_contexts, _clock, notifier, Options.Create(new ParkShare.Core.Occupancy.OccupancyOptions()));
        _parking = new ParkingService(_contexts, new PositionRefiner(), _clock, notifier);
        _scanner = new ReminderScanner(_contexts, _clock, Options.Create(new RemindersOptions()));
    }

    [Fact]
    public async Task Scan_ReservationStartsWithinFifteenMinutes_RemindsOnceWithItsSpace()
    {
        var reservation = await ReserveAsync("B2-C-017", Now.AddHours(1));

        _clock.Advance(TimeSpan.FromMinutes(44));
        var early = await _scanner.ScanAsync();
        _clock.Advance(TimeSpan.FromMinutes(1));
        var due = await _scanner.ScanAsync();
        var again = await _scanner.ScanAsync();

        Assert.Empty(early);
        var notice = Assert.Single(due);
        Assert.Equal((NoticeKind.ReservationStartsSoon, reservation.Id, _driver), (notice.Kind, notice.SubjectId, notice.DriverId));
        Assert.Equal(("B2-C-017", "B2", reservation.StartsAtUtc), (notice.SpaceCode, notice.LevelName, notice.AtUtc));
        Assert.Empty(again);
        Assert.Equal(1, await CountAsync(NoticeKind.ReservationStartsSoon));
    }

    [Fact]
    public async Task Scan_BookedInsideTheStartWindow_NoStartReminder()
    {
        await ReserveAsync("B2-C-018", Now.AddMinutes(10));

        _clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Empty(await _scanner.ScanAsync());
    }

    [Fact]
    public async Task Scan_NoShow_RemindsTenMinutesBeforeTheHoldLapses()
    {
        var reservation = await ReserveAsync("B2-C-019", Now.AddHours(1));
        _clock.Advance(TimeSpan.FromMinutes(50));
        await _scanner.ScanAsync();

        _clock.Advance(TimeSpan.FromMinutes(14));
        var early = await _scanner.ScanAsync();
        _clock.Advance(TimeSpan.FromMinutes(1));
        var due = await _scanner.ScanAsync();

        Assert.Empty(early);
        var notice = Assert.Single(due);
        Assert.Equal((NoticeKind.HoldLapsesSoon, reservation.HoldUntilUtc), (notice.Kind, notice.AtUtc));
        Assert.Empty(await _scanner.ScanAsync());
    }

    [Fact]
    public async Task Scan_CancelledOrCheckedIn_NeverReminded()
    {
        var cancelled = await ReserveAsync("B2-D-001", Now.AddHours(1));
        var checkedIn = await ReserveAsync("B2-D-002", Now.AddHours(1));
        await _reservations.CancelAsync(_driver, cancelled.Id, null);

        _clock.Advance(TimeSpan.FromMinutes(46));
        var startWindow = await _scanner.ScanAsync();
        Assert.NotNull((await _parking.CheckInAsync(_driver, checkedIn.Id, _map, ParkingDetails.None)).Record);
        _clock.Advance(TimeSpan.FromMinutes(20));
        var holdWindow = await _scanner.ScanAsync();

        Assert.Equal(checkedIn.Id, Assert.Single(startWindow).SubjectId);
        Assert.Empty(holdWindow);
    }

    [Fact]
    public async Task Scan_TwoScannersAtOnce_CreateEachReminderOnce()
    {
        await ReserveAsync("B2-E-001", Now.AddHours(1));
        _clock.Advance(TimeSpan.FromMinutes(50));
        var other = new ReminderScanner(_contexts, _clock, Options.Create(new RemindersOptions()));

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(() => (i % 2 == 0 ? _scanner : other).ScanAsync())));

        Assert.Equal(1, results.Sum(r => r.Count));
        Assert.Equal(1, await CountAsync(NoticeKind.ReservationStartsSoon));
    }

    [Fact]
    public async Task Scan_LongStay_RemindedAtNineLocalOnThePickupDay()
    {
        var pickup = Local(2026, 11, 28, 18, 0);
        var record = await ParkAsync("B3-A-001", pickup);

        _clock.SetUtcNow(Local(2026, 11, 28, 8, 59));
        var early = await _scanner.ScanAsync();
        _clock.SetUtcNow(Local(2026, 11, 28, 9, 0));
        var due = await _scanner.ScanAsync();

        Assert.Empty(early);
        var notice = Assert.Single(due);
        Assert.Equal((NoticeKind.PickupDue, record.Id, pickup, "B3-A-001"), (notice.Kind, notice.SubjectId, notice.AtUtc, notice.SpaceCode));
        Assert.Empty(await _scanner.ScanAsync());
    }

    [Fact]
    public async Task Scan_PickupBeforeNineOrParkedAfterNine_RemindedAtThePickupItself()
    {
        var earlyPickup = await ParkAsync("B3-A-002", Local(2026, 11, 28, 7, 30));
        _clock.SetUtcNow(Local(2026, 11, 28, 7, 29));
        Assert.Empty(await _scanner.ScanAsync());
        _clock.SetUtcNow(Local(2026, 11, 28, 7, 30));
        Assert.Equal(earlyPickup.Id, Assert.Single(await _scanner.ScanAsync()).SubjectId);
        await _parking.EndAsync(_driver, earlyPickup.Id);

        _clock.SetUtcNow(Local(2026, 11, 28, 10, 0));
        var sameDay = await ParkAsync("B3-A-003", Local(2026, 11, 28, 18, 0));
        _clock.SetUtcNow(Local(2026, 11, 28, 17, 59));
        Assert.Empty(await _scanner.ScanAsync());
        _clock.SetUtcNow(Local(2026, 11, 28, 18, 0));
        Assert.Equal(sameDay.Id, Assert.Single(await _scanner.ScanAsync()).SubjectId);
    }

    [Fact]
    public async Task Scan_RecordEndedBeforeThePickupDay_NeverReminded()
    {
        var record = await ParkAsync("B3-A-004", Local(2026, 11, 28, 18, 0));
        await _parking.EndAsync(_driver, record.Id);

        _clock.SetUtcNow(Local(2026, 11, 29, 12, 0));

        Assert.Empty(await _scanner.ScanAsync());
    }

    public Task DisposeAsync()
    {
        _contexts.Dispose();
        return Task.CompletedTask;
    }

    private static DateTime Local(int year, int month, int day, int hour, int minute) =>
        TimeZoneInfo.ConvertTimeToUtc(new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified), Shanghai);

    private async Task<Reservation> ReserveAsync(string code, DateTime startsAtUtc)
    {
        var space = _map.Spaces.Single(s => s.Code == code).Id;
        var outcome = await _reservations.CreateAsync(new ReservationRequest(_driver, space, startsAtUtc, startsAtUtc.AddHours(2), null));
        return outcome.Reservation ?? throw new InvalidOperationException(outcome.Error.ToString());
    }

    private async Task<ParkingRecord> ParkAsync(string code, DateTime pickupUtc)
    {
        var position = new PositionRefiner().Describe(_map, _map.Spaces.Single(s => s.Code == code), ResolvedBy.SpaceCode);
        var outcome = await _parking.ParkAsync(_driver, position, new ParkingDetails(null, null, pickupUtc));
        return outcome.Record ?? throw new InvalidOperationException(outcome.Error.ToString());
    }

    private async Task<int> CountAsync(NoticeKind kind)
    {
        await using var db = _contexts.CreateDbContext();
        return await db.DriverNotices.CountAsync(n => n.Kind == kind);
    }
}
