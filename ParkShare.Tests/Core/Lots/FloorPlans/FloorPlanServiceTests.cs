using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using ParkShare.Core.Lots;
using ParkShare.Core.Lots.Editing;
using ParkShare.Core.Lots.FloorPlans;
using ParkShare.Core.Lots.History;

namespace ParkShare.Tests.Core.Lots.FloorPlans;

public sealed class FloorPlanServiceTests : IAsyncLifetime
{
    private static readonly ConsoleActor Actor = new("user-1", "Li Na");
    private static readonly FloorPlanImage Image = new([1, 2, 3, 4], FloorPlanImage.Png, 800, 400);
    private readonly TempDatabase _contexts = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));
    private LotChangeLog _log = default!;
    private FloorPlanService _plans = default!;
    private Guid _lotId;
    private Guid _levelId;

    public async Task InitializeAsync()
    {
        await _contexts.MigrateAsync();
        _log = new LotChangeLog(_contexts, _clock);
        _plans = new FloorPlanService(_contexts, _log, _clock);
        var editor = new LotEditor(new LotWriter(_contexts, _log, new LotMapCache(_contexts, _clock)));
        _lotId = (await editor.CreateLotAsync(Actor, new LotDraft("新天地停车场", "上海市黄浦区", "Asia/Shanghai", 31.22, 121.47, 12))).Id!.Value;
        _levelId = (await editor.AddLevelAsync(Actor, _lotId, new NewLevel("B1", -1, 80, 50))).Id!.Value;
    }

    [Fact]
    public async Task UploadAsync_NewLevel_StoredFittedToOutlineWithHistoryAndLotVersionKept()
    {
        var versionBefore = await LotVersionAsync();

        var outcome = await _plans.UploadAsync(Actor, _lotId, _levelId, Image);

        Assert.True(outcome.Succeeded);
        var info = await _plans.FindAsync(_lotId, _levelId);
        Assert.NotNull(info);
        Assert.Equal((800, 400, FloorPlanImage.Png, "Li Na"), (info.Width, info.Height, info.ContentType, info.UploadedBy));
        Assert.Equal(Image.Hash(), info.ContentHash);
        Assert.Equal(32, info.ContentHash.Length);

        // An 80 m wide outline over 800 px: 0.1 m/px, the image's top-left on the outline's north-west corner.
        Assert.Equal(0.1, info.Transform.MetersPerPixel, 9);
        Assert.Equal(FloorPlan.DefaultOpacity, info.Opacity);
        Assert.Equal(versionBefore, await LotVersionAsync());
        var change = (await _log.PageAsync(_lotId, 0, 1)).Items[0];
        Assert.Equal(LotChangeKind.FloorPlanUploaded, change.Kind);
        Assert.Contains("800×400 PNG", change.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UploadAsync_Twice_ReplacesTheOneFloorPlan()
    {
        await _plans.UploadAsync(Actor, _lotId, _levelId, Image);
        await _plans.PlaceAsync(Actor, _lotId, _levelId, new FloorPlanTransform(0.5, 30, 1, 2), 0.3);

        var second = new FloorPlanImage([9, 9], FloorPlanImage.Jpeg, 1600, 900);
        await _plans.UploadAsync(Actor, _lotId, _levelId, second);

        await using var db = _contexts.CreateDbContext();
        var row = await db.FloorPlans.SingleAsync();
        Assert.Equal(((byte[])[9, 9]), row.Image);
        Assert.Equal((FloorPlanImage.Jpeg, 1600, 0d), (row.ContentType, row.PixelWidth, row.RotationDegrees));
        Assert.Equal(0.05, row.MetersPerPixel, 9);
        Assert.Equal(2, (await _plans.ContentAsync(_levelId))!.Bytes.Length);
    }

    [Fact]
    public async Task PlaceAsync_ValidPlacement_StoredNormalizedWithHistory()
    {
        await _plans.UploadAsync(Actor, _lotId, _levelId, Image);

        // History is newest first by time; with the clock standing still the two entries would tie (ids of one millisecond are not ordered).
        _clock.Advance(TimeSpan.FromSeconds(1));
        var outcome = await _plans.PlaceAsync(Actor, _lotId, _levelId, new FloorPlanTransform(0.05, 370, -3, 7.5), 0.8);

        Assert.True(outcome.Succeeded);
        var info = await _plans.FindAsync(_lotId, _levelId);
        Assert.Equal(new FloorPlanTransform(0.05, 10, -3, 7.5), info!.Transform);
        Assert.Equal(0.8, info.Opacity);
        Assert.Equal(LotChangeKind.FloorPlanPlaced, (await _log.PageAsync(_lotId, 0, 1)).Items[0].Kind);
    }

    [Theory]
    [InlineData(0, 0, 0.5)]
    [InlineData(0.05, double.NaN, 0.5)]
    [InlineData(0.05, 0, 1.5)]
    [InlineData(0.05, 0, -0.1)]
    public async Task PlaceAsync_OutOfRange_RefusedAndNothingWritten(double scale, double rotation, double opacity)
    {
        await _plans.UploadAsync(Actor, _lotId, _levelId, Image);
        var before = await _plans.FindAsync(_lotId, _levelId);
        var changes = (await _log.PageAsync(_lotId, 0, 1)).Total;

        var outcome = await _plans.PlaceAsync(Actor, _lotId, _levelId, new FloorPlanTransform(scale, rotation, 0, 0), opacity);

        Assert.Equal(LotEditError.FloorPlanPlacementInvalid, outcome.Error);
        Assert.Equal(before, await _plans.FindAsync(_lotId, _levelId));
        Assert.Equal(changes, (await _log.PageAsync(_lotId, 0, 1)).Total);
    }

    [Fact]
    public async Task PlaceAsync_NoFloorPlan_Refused()
    {
        var outcome = await _plans.PlaceAsync(Actor, _lotId, _levelId, new FloorPlanTransform(0.05, 0, 0, 0), 0.5);

        Assert.Equal(LotEditError.FloorPlanMissing, outcome.Error);
    }

    [Fact]
    public async Task WritesAndReads_LevelOfAnotherLot_NotFound()
    {
        await _plans.UploadAsync(Actor, _lotId, _levelId, Image);
        var otherLot = Guid.NewGuid();

        Assert.Equal(LotEditError.NotFound, (await _plans.UploadAsync(Actor, otherLot, _levelId, Image)).Error);
        Assert.Equal(LotEditError.NotFound, (await _plans.RemoveAsync(Actor, otherLot, _levelId)).Error);
        Assert.Null(await _plans.FindAsync(otherLot, _levelId));
        Assert.NotNull(await _plans.FindAsync(_lotId, _levelId));
    }

    [Fact]
    public async Task RemoveAsync_Stored_GoneWithHistory()
    {
        await _plans.UploadAsync(Actor, _lotId, _levelId, Image);

        _clock.Advance(TimeSpan.FromSeconds(1));
        var outcome = await _plans.RemoveAsync(Actor, _lotId, _levelId);

        Assert.True(outcome.Succeeded);
        Assert.Null(await _plans.FindAsync(_lotId, _levelId));
        Assert.Null(await _plans.ContentAsync(_levelId));
        Assert.Equal(LotChangeKind.FloorPlanRemoved, (await _log.PageAsync(_lotId, 0, 1)).Items[0].Kind);
        Assert.Equal(LotEditError.FloorPlanMissing, (await _plans.RemoveAsync(Actor, _lotId, _levelId)).Error);
    }

    public Task DisposeAsync()
    {
        _contexts.Dispose();
        return Task.CompletedTask;
    }

    private async Task<int> LotVersionAsync()
    {
        await using var db = _contexts.CreateDbContext();
        return await db.Lots.Where(l => l.Id == _lotId).Select(l => l.Version).SingleAsync();
    }
}
