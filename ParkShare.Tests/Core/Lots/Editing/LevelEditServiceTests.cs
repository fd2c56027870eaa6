using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using ParkShare.Core.WeChat;
using ParkShare.Core.Drivers;
using ParkShare.Core.Geometry;
using ParkShare.Core.Lots;
using ParkShare.Core.Lots.Editing;
using ParkShare.Core.Lots.History;
using ParkShare.Core.Parking;

namespace ParkShare.Tests.Core.Lots.Editing;

public sealed class LevelEditServiceTests : IDisposable
{
    private static readonly ConsoleActor Actor = new("user-1", "Operator One");
    private readonly TempDatabase _database = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 5, 1, 8, 0, 0, TimeSpan.Zero));
    private LotMapCache _maps = null!;
    private LevelEditService _service = null!;
    private Lot _lot = null!;

    [Fact]
    public async Task SaveAsync_NewRowWalkwaysAndElevator_StoredWithIdsAndLotVersionBumpedAtOnce()
    {
        await SeedAsync();
        var before = (await _maps.GetAsync(_lot.Id))!.Version;
        var draft = (await _service.OpenAsync(_lot.Id, NewLevelId))!.Draft
            .AddZone(Drafts.Square(0, 0, 60, 40))
            .AddWalkway(new Point2(2, 10), new Point2(40, 10))
            .AddRow(new RowSpec(new Point2(5, 10), 0, 10, Prefix: "B4-A-"));

        var result = await _service.SaveAsync(draft, Actor);

        Assert.Equal(LevelSaveStatus.Saved, result.Status);
        Assert.Equal(1, result.Version);
        Assert.Equal(new ElementChanges(10, 0, 0), result.Summary!.Spaces);
        Assert.Contains("spaces +10 ~0 -0", result.Summary.ToString(), StringComparison.Ordinal);
        await using var db = _database.CreateDbContext();
        var change = await db.LotChanges.SingleAsync(c => c.LotId == _lot.Id);
        Assert.Equal(LotChangeKind.LevelSaved, change.Kind);
        Assert.Equal("Operator One", change.UserName);
        Assert.Equal(result.Summary.ToString(), change.Summary);
        var map = (await _maps.GetAsync(_lot.Id))!;
        Assert.Equal(before + 1, map.Version);
        var space = map.Spaces.Single(s => s.Code == "B4-A-007");
        Assert.Equal(draft.Spaces.Single(s => s.Code == "B4-A-007").Id, space.Id);
        Assert.NotNull(map.RouteTo(space));
        var reopened = (await _service.OpenAsync(_lot.Id, NewLevelId))!.Draft;
        Assert.Equal(1, reopened.Version);
        Assert.Equal(draft.Spaces.OrderBy(s => s.Id), reopened.Spaces.OrderBy(s => s.Id));
        Assert.Equal(draft.Nodes.OrderBy(n => n.Id), reopened.Nodes.OrderBy(n => n.Id));
        Assert.Equal(draft.Edges.OrderBy(e => e.Id), reopened.Edges.OrderBy(e => e.Id));
    }

    [Fact]
    public async Task SaveAsync_RenumberSwapsCodesAndMoves_NoUniqueIndexTripAndIdsStay()
    {
        await SeedAsync();
        var draft = await SaveRowAsync();
        var (a, b) = (draft.Spaces[0], draft.Spaces[1]);
        var swapped = draft.UpdateSpace(a.Id, "B4-A-002", "", a.Kind, true).UpdateSpace(b.Id, "B4-A-001", "", b.Kind, true)
            .Move([draft.Spaces[2].Id], 0.5, 0);

        var result = await _service.SaveAsync(swapped, Actor);

        Assert.Equal(LevelSaveStatus.Saved, result.Status);
        Assert.Equal(3, result.Summary!.Spaces.Changed);
        var stored = (await _service.OpenAsync(_lot.Id, NewLevelId))!.Draft;
        Assert.Equal("B4-A-002", stored.Space(draft.Spaces[0].Id)!.Code);
        Assert.Equal("B4-A-001", stored.Space(draft.Spaces[1].Id)!.Code);
    }

    [Fact]
    public async Task SaveAsync_OlderVersionOrDeletedLevel_TypedRefusalAndNothingWritten()
    {
        await SeedAsync();
        var opened = (await _service.OpenAsync(_lot.Id, NewLevelId))!.Draft;
        var mine = opened.AddLandmark(LandmarkKind.Stairs, new Point2(5, 5));
        Assert.Equal(LevelSaveStatus.NodesInUse, (await _service.SaveAsync(opened.Remove([opened.Nodes[0].Id]), Actor)).Status);
        Assert.True((await _service.SaveAsync(opened.AddLandmark(LandmarkKind.Ramp, new Point2(9, 9)), Actor)).Saved);

        var conflict = await _service.SaveAsync(mine, Actor);

        Assert.Equal(LevelSaveStatus.Conflict, conflict.Status);
        Assert.Equal(1, conflict.Version);
        Assert.Equal([LandmarkKind.Elevator, LandmarkKind.Ramp], (await _service.OpenAsync(_lot.Id, NewLevelId))!.Draft.Landmarks.Select(l => l.Kind).Order());

        await using (var db = _database.CreateDbContext())
        {
            await db.Levels.Where(l => l.Id == NewLevelId).ExecuteDeleteAsync();
        }

        Assert.Equal(LevelSaveStatus.LevelDeleted, (await _service.SaveAsync(mine with { Version = 1 }, Actor)).Status);
    }

    [Fact]
    public async Task SaveAsync_BlockingIssuesOrDuplicateOnAnotherLevel_RefusedWithTheListAndNothingWritten()
    {
        await SeedAsync();
        var draft = (await _service.OpenAsync(_lot.Id, NewLevelId))!.Draft
            .AddRow(new RowSpec(new Point2(5, 10), 0, 2, Prefix: "B1-A-"))
            .AddZone([new(0, 0), new(10, 10), new(10, 0), new(0, 10)]);

        var result = await _service.SaveAsync(draft, Actor);

        Assert.Equal(LevelSaveStatus.Invalid, result.Status);
        Assert.Contains(result.Issues, i => i.Kind == DraftIssueKind.DuplicateCode && i.Element == "B1-A-001");
        Assert.Contains(result.Issues, i => i.Kind == DraftIssueKind.SelfCrossing);
        Assert.All(result.Issues, i => Assert.True(i.Blocking));
        Assert.Empty((await _service.OpenAsync(_lot.Id, NewLevelId))!.Draft.Spaces);
    }

    [Fact]
    public async Task SaveAsync_RemovingReservedOrOccupiedSpace_RefusedNamingIt()
    {
        await SeedAsync();
        var draft = await SaveRowAsync();
        var reserved = draft.Spaces[3];
        await using (var db = _database.CreateDbContext())
        {
            var driver = Driver.Create(new WeChatIdentity(WeChatChannel.MiniProgram, "editor-test", null), _clock.GetUtcNow().UtcDateTime);
            db.Drivers.Add(driver);
            var now = _clock.GetUtcNow().UtcDateTime;
            db.Reservations.Add(Reservation.Hold(_lot.Id, reserved.Id, driver.Id, now.AddHours(1), now.AddHours(2), 15, now));
            await db.SaveChangesAsync();
        }

        var result = await _service.SaveAsync(draft.Remove([reserved.Id, draft.Spaces[4].Id]), Actor);

        Assert.Equal(LevelSaveStatus.SpacesInUse, result.Status);
        Assert.Equal([reserved.Code], result.Blockers);
        Assert.Equal(5, (await _service.OpenAsync(_lot.Id, NewLevelId))!.Draft.Spaces.Count);
        Assert.True((await _service.SaveAsync(draft.Remove([draft.Spaces[4].Id]), Actor)).Saved);
    }

    public void Dispose() => _database.Dispose();

    private Guid NewLevelId => _lot.Levels.Single(l => l.Name == "B4").Id;

    private async Task<LevelDraft> SaveRowAsync()
    {
        var draft = (await _service.OpenAsync(_lot.Id, NewLevelId))!.Draft
            .AddZone(Drafts.Square(0, 0, 60, 40))
            .AddRow(new RowSpec(new Point2(5, 10), 0, 5, Prefix: "B4-A-"));
        Assert.True((await _service.SaveAsync(draft, Actor)).Saved);
        return draft with { Version = 1 };
    }

    private async Task SeedAsync()
    {
        await _database.MigrateAsync();
        _lot = LotGenerator.Generate(LotLayout.Demo);
        // The new level's elevator already rides to B3, as the connector editor (not this one) would set up.
        var b4 = _lot.AddLevel("B4", -4, Polygon2.Rectangle(0, 0, 60, 40));
        var elevator = b4.AddNode(new Point2(2, 10), b4.AddLandmark(LandmarkKind.Elevator, "1", new Point2(2, 10)).Id);
        var b3 = _lot.Levels.Single(l => l.Name == "B3");
        var above = b3.WalkwayNodes.First(n => b3.Landmarks.Any(l => l.Id == n.LandmarkId && l.Kind == LandmarkKind.Elevator));
        _lot.Connect(ConnectorKind.Elevator, "Elevator 1", above, elevator, 30);
        await using var db = _database.CreateDbContext();
        db.Lots.Add(_lot);
        await db.SaveChangesAsync();
        _maps = new LotMapCache(_database, _clock);
        _service = new LevelEditService(_database, _maps, new SpaceStateNotifier(), new LotChangeLog(_database, _clock));
    }
}
