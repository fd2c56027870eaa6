using ParkShare.Core.Sharing.Push;
using ParkShare.Core.WeChat;

namespace ParkShare.Tests.Core.Sharing.Push;

/// <summary>
/// At least once, and twice only where it cannot be helped: a dispatcher stopped between WeChat's
/// answer and the commit, then a new one after the claim's lease, delivers every chosen friend each
/// event exactly once, except the one message the stop fell on, which arrives twice.
/// </summary>
public sealed class PushCrashTests : IAsyncLifetime
{
    private PushWorld _world = default!;

    public async Task InitializeAsync() => _world = await PushWorld.CreateAsync();

    public Task DisposeAsync()
    {
        _world.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(9)]
    public async Task StopBetweenAnswerAndCommit_RestartAfterLease_OnlyThatMessageTwice(int stopAt)
    {
        var driver = await _world.AddDriverAsync("a");
        var chosen = new List<ParkShare.Core.Drivers.Driver>();
        for (var i = 0; i < 3; i++)
        {
            chosen.Add(await _world.AddDriverAsync("f" + i, miniProgram: false, officialAccount: true));
            await _world.BindAsync(driver, chosen[^1]);
        }

        var left = await _world.AddDriverAsync("left-out", miniProgram: false, officialAccount: true);
        await _world.BindAsync(driver, left);
        // Transient failures first, so retries and the stop interleave.
        _world.WeChat.Fail("template", WeChatException.Busy, times: 2);
        var record = await _world.ParkAsync(driver, friends: [.. chosen.Select(f => f.Id)]);
        await _world.Parking.MoveAsync(driver.Id, record.Id, _world.Position("B2-C-018"));
        await _world.Parking.EndAsync(driver.Id, record.Id);

        var answers = 0;
        Guid? stoppedOn = null;
        _world.Hooks.AfterAnswer = (message, _) =>
        {
            if (++answers == stopAt)
            {
                stoppedOn = message.Id;
                throw new OperationCanceledException("host stopped");
            }

            return Task.CompletedTask;
        };
        await Assert.ThrowsAsync<OperationCanceledException>(() => _world.DrainAsync(_world.NewDispatcher()));

        // A new process: the stopped one's claims lapse after the lease.
        _world.Hooks.AfterAnswer = null;
        _world.Clock.Advance(_world.Push.Lease);
        await _world.DrainAsync(_world.NewDispatcher());

        var messages = await _world.MessagesAsync();
        Assert.Equal(9, messages.Count);
        Assert.All(messages, m => Assert.Equal(OutboxState.Sent, m.State));
        Assert.DoesNotContain(_world.WeChat.Deliveries, d => d.ToOpenId == "oa-left-out");
        var stopped = messages.Single(m => m.Id == stoppedOn);
        foreach (var message in messages)
        {
            var openId = chosen.Single(f => f.Id == message.RecipientId).OfficialAccountOpenId;
            var expectedTitle = message.Event.ToString();
            var count = _world.WeChat.Deliveries.Count(d => d.ToOpenId == openId && d.Data["thing1"] == expectedTitle);
            Assert.Equal(message.Id == stopped.Id ? 2 : 1, count);
        }

        Assert.Equal(10, _world.WeChat.Deliveries.Count);
    }
}
