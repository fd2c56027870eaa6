using Microsoft.Extensions.Options;
using ParkShare.Core.Notices;
using ParkShare.Core.Parking;
using ParkShare.Core.Sharing.Bindings;
using ParkShare.Core.Sharing.Links;
using ParkShare.Core.Sharing.Push;

namespace ParkShare.Tests.Core.Sharing.Push;

/// <summary>Enqueueing: one message per (record, chosen friend, event), in the writer's transaction, idempotent.</summary>
public sealed class PushOutboxTests : IAsyncLifetime
{
    private PushWorld _world = default!;

    public async Task InitializeAsync() => _world = await PushWorld.CreateAsync();

    public Task DisposeAsync()
    {
        _world.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task ParkMoveEnd_TwoFriends_OneMessagePerFriendPerEvent()
    {
        var driver = await _world.AddDriverAsync("a");
        var friends = new[] { await _world.AddDriverAsync("b"), await _world.AddDriverAsync("c") };
        foreach (var friend in friends)
        {
            await _world.BindAsync(driver, friend);
        }

        var record = await _world.ParkAsync(driver);
        await _world.Parking.MoveAsync(driver.Id, record.Id, _world.Position("B2-C-018"));
        await _world.Parking.MoveAsync(driver.Id, record.Id, _world.Position("B2-C-019"));
        await _world.Parking.EndAsync(driver.Id, record.Id);

        var messages = await _world.MessagesAsync();
        Assert.Equal(8, messages.Count);
        foreach (var friend in friends)
        {
            var mine = messages.Where(m => m.RecipientId == friend.Id).Select(m => (m.Event, m.Sequence)).Order().ToList();
            Assert.Equal([(OutboxEvent.RecordCreated, 0), (OutboxEvent.PositionChanged, 1), (OutboxEvent.PositionChanged, 2), (OutboxEvent.RecordEnded, 0)], mine);
        }

        Assert.DoesNotContain(messages, m => m.RecipientId == driver.Id);
    }

    [Fact]
    public async Task Enqueue_Twice_NothingDuplicated()
    {
        var (driver, friend) = (await _world.AddDriverAsync("a"), await _world.AddDriverAsync("b"));
        await _world.BindAsync(driver, friend);
        var record = await _world.ParkAsync(driver);

        await using (var db = _world.Contexts.CreateDbContext())
        {
            var tracked = await db.ParkingRecords.FindAsync(record.Id);
            await PushOutbox.EnqueueForFriendsAsync(db, tracked!, OutboxEvent.RecordCreated, _world.Clock.GetUtcNow().UtcDateTime, CancellationToken.None);
            await PushOutbox.EnqueueForFriendsAsync(db, tracked!, OutboxEvent.RecordCreated, _world.Clock.GetUtcNow().UtcDateTime, CancellationToken.None);
            await db.SaveChangesAsync();
        }

        Assert.Single(await _world.MessagesAsync());
    }

    [Fact]
    public async Task Park_ChosenFriends_OnlyThoseAndNobodyForEmpty()
    {
        var driver = await _world.AddDriverAsync("a");
        var (chosen, other) = (await _world.AddDriverAsync("b"), await _world.AddDriverAsync("c"));
        await _world.BindAsync(driver, chosen);
        await _world.BindAsync(driver, other);

        var record = await _world.ParkAsync(driver, friends: [chosen.Id]);
        await _world.Parking.EndAsync(driver.Id, record.Id);
        await _world.ParkAsync(driver, "B2-C-020", friends: []);

        var messages = await _world.MessagesAsync();
        Assert.Equal(2, messages.Count);
        Assert.All(messages, m => Assert.Equal(chosen.Id, m.RecipientId));
    }

    [Fact]
    public async Task Park_FriendNotBound_RefusedAndNothingWritten()
    {
        var (driver, stranger) = (await _world.AddDriverAsync("a"), await _world.AddDriverAsync("b"));

        var outcome = await _world.Parking.ParkAsync(driver.Id, _world.Position("B2-C-017"), new ParkingDetails(null, null, null, [stranger.Id]));

        Assert.Equal(ParkingError.FriendNotFound, outcome.Error);
        Assert.Null(await _world.Parking.CurrentAsync(driver.Id));
        Assert.Empty(await _world.MessagesAsync());
    }

    [Fact]
    public async Task FriendPicksUp_DriverNoticeAndOtherFriendsTold_StrangerIsNotFound()
    {
        var driver = await _world.AddDriverAsync("a");
        var (friend, other, stranger) = (await _world.AddDriverAsync("b"), await _world.AddDriverAsync("c"), await _world.AddDriverAsync("d"));
        await _world.BindAsync(driver, friend);
        await _world.BindAsync(driver, other);
        var record = await _world.ParkAsync(driver);
        var shared = new SharedWithMe(_world.Contexts, _world.Notifier, _world.Clock);

        Assert.Equal(ShareError.NotFound, await shared.PickedUpAsync(stranger.Id, record.Id));
        Assert.Single(await shared.ListAsync(friend.Id));
        Assert.Equal(ShareError.None, await shared.PickedUpAsync(friend.Id, record.Id));
        Assert.Equal(ShareError.NotActive, await shared.PickedUpAsync(other.Id, record.Id));

        var messages = await _world.MessagesAsync();
        Assert.Single(messages, m => m.RecipientId == driver.Id && m.Event == OutboxEvent.Notice);
        Assert.Equal(2, messages.Count(m => m.Event == OutboxEvent.RecordEnded));
        Assert.Empty(await shared.ListAsync(friend.Id));
        await using var db = _world.Contexts.CreateDbContext();
        Assert.Single(db.DriverNotices, n => n.DriverId == driver.Id && n.Kind == NoticeKind.CarPickedUpByFriend);
    }

    [Fact]
    public async Task ReminderScanner_PickupDue_NoticeAndItsMessageTogether()
    {
        var driver = await _world.AddDriverAsync("a");
        var pickup = _world.Clock.GetUtcNow().UtcDateTime.AddHours(3);
        await _world.Parking.ParkAsync(driver.Id, _world.Position("B2-C-017"), new ParkingDetails(null, null, pickup));
        var scanner = new ReminderScanner(_world.Contexts, _world.Clock, Options.Create(new RemindersOptions()));
        _world.Clock.Advance(TimeSpan.FromHours(3));

        var created = await scanner.ScanAsync();
        await scanner.ScanAsync();

        var notice = Assert.Single(created);
        var message = Assert.Single(await _world.MessagesAsync());
        Assert.Equal((notice.Id, driver.Id, OutboxEvent.Notice), (message.NoticeId!.Value, message.RecipientId, message.Event));
    }

    [Theory]
    [InlineData("B2-C-017", 8)]
    [InlineData("地下二层C区第十七号车位靠近三号电梯口东侧", 20)]
    [InlineData("😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀", 20)]
    public void Thing_LongValues_CutOnWholeCharactersWithinLimit(string value, int expectedLength)
    {
        var cut = PushTemplateData.Thing(value);

        Assert.Equal(expectedLength, new System.Globalization.StringInfo(cut).LengthInTextElements);
        Assert.True(cut.Length <= 2 * PushTemplateData.MaxThing);
        Assert.False(char.IsHighSurrogate(cut[^1]));
    }

    [Fact]
    public void Build_Plate_CarNumberAtMostEight()
    {
        var data = PushTemplateData.Build("好友的车已停好", "中心广场停车场", "B2", "B2-C-017", DateTime.UtcNow, "Asia/Shanghai", "沪A 12345D6");

        Assert.Equal(8, data["car_number5"].Length);
        Assert.Equal("B2-C-017", data["thing3"]);
    }
}
