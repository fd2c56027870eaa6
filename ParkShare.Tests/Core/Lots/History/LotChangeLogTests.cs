using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using ParkShare.Core.Geometry;
using ParkShare.Core.Lots;
using ParkShare.Core.Lots.Editing;
using ParkShare.Core.Lots.History;

namespace ParkShare.Tests.Core.Lots.History;

public sealed class LotChangeLogTests : IAsyncLifetime
{
    private static readonly ConsoleActor Actor = new("user-1", "Li Na");
    private readonly TempDatabase _contexts = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));
    private LotChangeLog _log = default!;
    private LotMapCache _maps = default!;
    private LotEditor _editor = default!;
    private ConnectorEditor _connectors = default!;

    public async Task InitializeAsync()
    {
        await _contexts.MigrateAsync();
        _log = new LotChangeLog(_contexts, _clock);
        _maps = new LotMapCache(_contexts, _clock);
        var writer = new LotWriter(_contexts, _log, _maps);
        (_editor, _connectors) = (new LotEditor(writer), new ConnectorEditor(_contexts, writer));
    }

    [Fact]
    public async Task Edits_CreateAddCopyConnect_EachRecordedNewestFirstAndVersionBumped()
    {
        var created = await _editor.CreateLotAsync(Actor, new LotDraft("新天地停车场", "上海市黄浦区", "Asia/Shanghai", 31.22, 121.47, 12));
        var lotId = created.Id!.Value;
        _clock.Advance(TimeSpan.FromMinutes(1));
        var b1 = (await _editor.AddLevelAsync(Actor, lotId, new NewLevel("B1", -1, 80, 50))).Id!.Value;
        await AddElevatorAsync(b1);
        var mapBefore = await _maps.GetAsync(lotId);
        _clock.Advance(TimeSpan.FromMinutes(1));
        var copied = await _editor.CopyLevelAsync(Actor, lotId, b1, "B2", -2);
        _clock.Advance(TimeSpan.FromMinutes(1));
        var elevators = (await _connectors.LandmarksAsync(lotId)).Where(m => m.Kind == LandmarkKind.Elevator).Select(m => m.Id).ToList();
        var connected = await _connectors.ConnectAsync(Actor, lotId, new ConnectorDraft(ConnectorKind.Elevator, "1", 8, elevators));

        Assert.True(copied.Succeeded && connected.Succeeded);
        var map = await _maps.GetAsync(lotId);
        Assert.True(map!.Version > mapBefore!.Version);
        Assert.Equal(["B1", "B2"], map.Levels.Select(l => l.Name));
        var row = Assert.Single(await _connectors.ListAsync(lotId));
        Assert.Equal(("B2", "B1"), (row.LowerLevel, row.UpperLevel));

        var page = await _log.PageAsync(lotId, 0, 2);
        Assert.Equal(4, page.Total);
        Assert.Equal([LotChangeKind.ConnectorAdded, LotChangeKind.LevelCopied], page.Items.Select(c => c.Kind));
        Assert.All(page.Items, c => Assert.Equal(("user-1", "Li Na"), (c.UserId, c.UserName)));
        Assert.Equal(_clock.GetUtcNow().UtcDateTime, page.Items[0].AtUtc);
        var older = await _log.PageAsync(lotId, 1, 2);
        Assert.Equal([LotChangeKind.LevelAdded, LotChangeKind.LotCreated], older.Items.Select(c => c.Kind));
        Assert.Contains("B1 → B2", page.Items[1].Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edits_Refused_WriteNoHistoryAndKeepTheVersion()
    {
        var lotId = (await _editor.CreateLotAsync(Actor, new LotDraft("Lot", "", "Asia/Shanghai"))).Id!.Value;
        await _editor.AddLevelAsync(Actor, lotId, new NewLevel("B1", -1, 80, 50));

        Assert.Equal(LotEditError.LevelNameTaken, (await _editor.AddLevelAsync(Actor, lotId, new NewLevel("b1", -2, 80, 50))).Error);
        Assert.Equal(LotEditError.OrdinalTaken, (await _editor.AddLevelAsync(Actor, lotId, new NewLevel("B2", -1, 80, 50))).Error);
        Assert.Equal(LotEditError.SizeOutOfRange, (await _editor.AddLevelAsync(Actor, lotId, new NewLevel("B2", -2, 0, 50))).Error);
        Assert.Equal(LotEditError.NameRequired, (await _editor.DescribeLotAsync(Actor, lotId, "  ", "x")).Error);
        Assert.Equal(LotEditError.NotFound, (await _editor.AddLevelAsync(Actor, Guid.NewGuid(), new NewLevel("B2", -2, 80, 50))).Error);

        await using var db = _contexts.CreateDbContext();
        Assert.Equal(2, await db.LotChanges.CountAsync());
        Assert.Equal(2, await db.Lots.Select(l => l.Version).SingleAsync());
        Assert.Equal(1, await db.Levels.CountAsync());
    }

    [Theory]
    [InlineData("China Standard Time")]
    [InlineData("Mars/Olympus")]
    [InlineData("")]
    public async Task CreateLot_NotAnIanaZone_RefusedAndNothingWritten(string zone)
    {
        var outcome = await _editor.CreateLotAsync(Actor, new LotDraft("Lot", "", zone));

        Assert.Equal(LotEditError.TimeZoneUnknown, outcome.Error);
        await using var db = _contexts.CreateDbContext();
        Assert.False(await db.Lots.AnyAsync());
        Assert.False(await db.LotChanges.AnyAsync());
    }

    [Fact]
    public async Task CreateLot_OriginOutOfRange_Refused() =>
        Assert.Equal(LotEditError.GeoreferenceOutOfRange, (await _editor.CreateLotAsync(Actor, new LotDraft("Lot", "", "Asia/Shanghai", 95, 121))).Error);

    public Task DisposeAsync()
    {
        _contexts.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Stands in for the level editor: an elevator landmark on a walkway node.</summary>
    private async Task AddElevatorAsync(Guid levelId)
    {
        await using var db = _contexts.CreateDbContext();
        var level = await db.Levels.Include(l => l.Landmarks).Include(l => l.WalkwayNodes).SingleAsync(l => l.Id == levelId);
        var elevator = level.AddLandmark(LandmarkKind.Elevator, "1", new Point2(10, 10));
        db.Add(elevator);
        db.Add(level.AddNode(new Point2(10, 12), elevator.Id));
        await db.SaveChangesAsync();
    }
}
