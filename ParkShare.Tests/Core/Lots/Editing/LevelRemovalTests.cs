using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using ParkShare.Core.WeChat;
using ParkShare.Core.Drivers;
using ParkShare.Core.Lots;
using ParkShare.Core.Lots.Editing;
using ParkShare.Core.Lots.History;
using ParkShare.Core.Parking;

namespace ParkShare.Tests.Core.Lots.Editing;

public sealed class LevelRemovalTests : IAsyncLifetime
{
    private static readonly ConsoleActor Actor = new("user-1", "Wang Wei");
    private readonly TempDatabase _contexts = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));
    private LevelRemoval _removal = default!;
    private Lot _lot = default!;
    private Reservation _reservation = default!;

    public async Task InitializeAsync()
    {
        await _contexts.MigrateAsync();
        var writer = new LotWriter(_contexts, new LotChangeLog(_contexts, _clock), new LotMapCache(_contexts, _clock));
        _removal = new LevelRemoval(_contexts, writer);
        await using var db = _contexts.CreateDbContext();
        _lot = LotGenerator.Generate(LotLayout.Demo);
        db.Lots.Add(_lot);
        var driver = Driver.Create(new WeChatIdentity(WeChatChannel.MiniProgram, "sandbox-removal", null), _clock.GetUtcNow().UtcDateTime);
        db.Drivers.Add(driver);
        var now = _clock.GetUtcNow().UtcDateTime;
        _reservation = Reservation.Hold(_lot.Id, Level("B3").Spaces[5].Id, driver.Id, now.AddHours(1), now.AddHours(3), 15, now);
        db.Reservations.Add(_reservation);
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Delete_LiveReservationOnLevel_RefusedAndNothingChanges()
    {
        var outcome = await _removal.DeleteAsync(Actor, _lot.Id, Level("B3").Id);

        Assert.Equal(LotEditError.LevelInUse, outcome.Error);
        Assert.Equal(["1", "0"], outcome.Details);
        await using var db = _contexts.CreateDbContext();
        Assert.Equal(3, await db.Levels.CountAsync());
        Assert.Equal(_lot.Version, await db.Lots.Select(l => l.Version).SingleAsync());
        Assert.Empty(await db.LotChanges.ToListAsync());
    }

    [Fact]
    public async Task Delete_FreeLevel_RemovesGeometryAndItsConnectorsInOneChange()
    {
        await CancelReservationAsync();
        var b3 = Level("B3");
        var b3Nodes = b3.WalkwayNodes.Select(n => n.Id).ToHashSet();
        var impact = await _removal.ImpactAsync(_lot.Id, b3.Id);
        Assert.False(impact!.Blocked);
        Assert.Equal(b3.Spaces.Count, impact.Spaces);
        Assert.NotEmpty(impact.Connectors);

        var outcome = await _removal.DeleteAsync(Actor, _lot.Id, b3.Id);

        Assert.True(outcome.Succeeded);
        await using var db = _contexts.CreateDbContext();
        Assert.Equal(["B1", "B2"], await db.Levels.OrderBy(l => l.Name).Select(l => l.Name).ToListAsync());
        Assert.False(await db.Spaces.AnyAsync(s => s.LevelId == b3.Id));
        Assert.False(await db.Set<WalkwayNode>().AnyAsync(n => n.LevelId == b3.Id));
        Assert.False(await db.Set<Landmark>().AnyAsync(m => m.LevelId == b3.Id));
        Assert.False(await db.Set<WalkwayConnector>().AnyAsync(c => b3Nodes.Contains(c.FromNodeId) || b3Nodes.Contains(c.ToNodeId)));
        Assert.True(await db.Set<WalkwayConnector>().AnyAsync());
        Assert.Equal(_lot.Version + 1, await db.Lots.Select(l => l.Version).SingleAsync());
        var change = await db.LotChanges.SingleAsync();
        Assert.Equal((LotChangeKind.LevelDeleted, "Wang Wei", _clock.GetUtcNow().UtcDateTime), (change.Kind, change.UserName, change.AtUtc));
        Assert.Contains("connectors removed", change.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_CheckedInReservationOnLevel_Refused()
    {
        await using (var db = _contexts.CreateDbContext())
        {
            await db.Reservations.Where(r => r.Id == _reservation.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.State, ReservationState.CheckedIn));
        }

        var outcome = await _removal.DeleteAsync(Actor, _lot.Id, Level("B3").Id);

        Assert.Equal(LotEditError.LevelInUse, outcome.Error);
    }

    public Task DisposeAsync()
    {
        _contexts.Dispose();
        return Task.CompletedTask;
    }

    private Level Level(string name) => _lot.Levels.Single(l => l.Name == name);

    private async Task CancelReservationAsync()
    {
        await using var db = _contexts.CreateDbContext();
        var reservation = await db.Reservations.SingleAsync();
        reservation.Cancel("test", _clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync();
    }
}
