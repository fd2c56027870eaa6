using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ParkShare.Core.WeChat;
using ParkShare.Core.Drivers;
using ParkShare.Core.Lots;
using ParkShare.Core.Notices;
using ParkShare.Core.Occupancy;
using ParkShare.Core.Parking;

namespace ParkShare.Tests.Core.Parking;

public sealed class ReservationServiceTests : IAsyncLifetime
{
    private readonly TempDatabase _contexts = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));
    private ReservationService _service = default!;
    private Guid _driver;
    private Guid _space;

    public async Task InitializeAsync()
    {
        await _contexts.MigrateAsync();
        await using var db = _contexts.CreateDbContext();
        var lot = LotGenerator.Generate(LotLayout.Demo);
        db.Lots.Add(lot);
        var driver = Driver.Create(new WeChatIdentity(WeChatChannel.MiniProgram, "sandbox-test", null), _clock.GetUtcNow().UtcDateTime);
        db.Drivers.Add(driver);
        await db.SaveChangesAsync();
        (_driver, _space) = (driver.Id, lot.Levels[0].Spaces[0].Id);
        _service = new ReservationService(_contexts, _clock, new SpaceStateNotifier(), Options.Create(new OccupancyOptions()));
    }

    [Fact]
    public async Task ExpireNoShows_HoldLapsed_ReleasesTheSpace()
    {
        var start = _clock.GetUtcNow().UtcDateTime.AddMinutes(30);
        var held = await _service.CreateAsync(new ReservationRequest(_driver, _space, start, start.AddHours(2), null));
        Assert.NotNull(held.Reservation);

        _clock.Advance(TimeSpan.FromMinutes(44));
        Assert.Equal(0, await _service.ExpireNoShowsAsync());

        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await _service.ExpireNoShowsAsync());

        var found = await _service.FindAsync(_driver, held.Reservation!.Id);
        Assert.Equal(ReservationState.Expired, found!.State);
        await using (var db = _contexts.CreateDbContext())
        {
            var notice = await db.DriverNotices.SingleAsync();
            Assert.Equal((_driver, NoticeKind.ReservationExpired, found.Id), (notice.DriverId, notice.Kind, notice.SubjectId));
            var code = await db.Spaces.Where(s => s.Id == _space).Select(s => s.Code).SingleAsync();
            Assert.Equal((code, start), (notice.SpaceCode, notice.AtUtc));
        }

        var again = await _service.CreateAsync(new ReservationRequest(_driver, _space, start.AddMinutes(30), start.AddHours(2), null));
        Assert.Equal(ReservationError.None, again.Error);
    }

    [Fact]
    public async Task Create_StartSlightlyInThePast_IsStillNow_ButAnHourAgoIsNot()
    {
        var now = _clock.GetUtcNow().UtcDateTime;

        var recent = await _service.CreateAsync(new ReservationRequest(_driver, _space, now.AddMinutes(-4), now.AddHours(1), null));
        var stale = await _service.CreateAsync(new ReservationRequest(_driver, _space, now.AddHours(-1), now.AddHours(3), null));

        Assert.Equal(ReservationError.None, recent.Error);
        Assert.Equal(ReservationError.WindowInvalid, stale.Error);
    }

    [Fact]
    public async Task Create_DisabledSpace_IsNotReservable()
    {
        await using (var db = _contexts.CreateDbContext())
        {
            var space = await db.Spaces.FirstAsync(s => s.Id == _space);
            space.Disable();
            await db.SaveChangesAsync();
        }

        var now = _clock.GetUtcNow().UtcDateTime;
        var outcome = await _service.CreateAsync(new ReservationRequest(_driver, _space, now.AddHours(1), now.AddHours(2), null));

        Assert.Equal(ReservationError.SpaceNotReservable, outcome.Error);
    }

    public Task DisposeAsync()
    {
        _contexts.Dispose();
        return Task.CompletedTask;
    }
}
