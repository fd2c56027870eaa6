using ParkShare.Core.Sharing.Push;
using ParkShare.Core.WeChat;

namespace ParkShare.Tests.Core.Sharing.Push;

/// <summary>The dispatcher: channel order, authorisations used up, backoff, dead letters, leases.</summary>
public sealed class PushDispatcherTests : IAsyncLifetime
{
    private PushWorld _world = default!;

    public async Task InitializeAsync() => _world = await PushWorld.CreateAsync();

    public Task DisposeAsync()
    {
        _world.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Dispatch_Authorised_SubscribeUsesTheGrantThenTemplateWithShareLink()
    {
        var driver = await _world.AddDriverAsync("a");
        var friend = await _world.AddDriverAsync("b", miniProgram: true, officialAccount: true);
        await _world.BindAsync(driver, friend);
        await _world.GrantAsync(friend);
        var record = await _world.ParkAsync(driver);
        await _world.Parking.MoveAsync(driver.Id, record.Id, _world.Position("B2-C-018"));

        await _world.DrainAsync(_world.NewDispatcher());

        var deliveries = _world.WeChat.Deliveries.ToList();
        Assert.Equal(2, deliveries.Count);
        Assert.Equal(("subscribe", "mp-b", PushWorld.SubscribeTemplate), (deliveries[0].Kind, deliveries[0].ToOpenId, deliveries[0].TemplateId));
        Assert.Equal($"pages/record/detail?id={record.Id}", deliveries[0].Target);
        Assert.Equal(("template", "oa-b", PushWorld.OfficialTemplate), (deliveries[1].Kind, deliveries[1].ToOpenId, deliveries[1].TemplateId));
        Assert.Matches("^https://park.example.com/s/[A-Za-z0-9_-]{22}$", deliveries[1].Target);
        Assert.Equal("B2-C-018", deliveries[1].Data["thing3"]);
        Assert.Equal(0, await new SubscriptionService(_world.Contexts, _world.Clock).UnusedAsync(friend.Id, PushWorld.SubscribeTemplate));
        Assert.Equal([PushChannel.Subscribe, PushChannel.Template], (await _world.MessagesAsync()).Select(m => m.Channel!.Value));
    }

    [Fact]
    public async Task Dispatch_NotFollowing_InAppOnly()
    {
        var driver = await _world.AddDriverAsync("a");
        var friend = await _world.AddDriverAsync("b", miniProgram: false, officialAccount: true);
        await _world.BindAsync(driver, friend);
        _world.WeChat.Fail("template", WeChatException.NotFollowing);
        await _world.ParkAsync(driver);

        await _world.DrainAsync(_world.NewDispatcher());

        var message = Assert.Single(await _world.MessagesAsync());
        Assert.Equal((OutboxState.Sent, PushChannel.InApp), (message.State, message.Channel!.Value));
        Assert.Empty(_world.WeChat.Deliveries);
    }

    [Fact]
    public async Task Dispatch_RefusedSubscription_GrantDroppedAndTemplateSent()
    {
        var driver = await _world.AddDriverAsync("a");
        var friend = await _world.AddDriverAsync("b", miniProgram: true, officialAccount: true);
        await _world.BindAsync(driver, friend);
        await _world.GrantAsync(friend);
        _world.WeChat.Fail("subscribe", WeChatException.SubscriptionRefused);
        await _world.ParkAsync(driver);

        await _world.DrainAsync(_world.NewDispatcher());

        Assert.Equal("template", Assert.Single(_world.WeChat.Deliveries).Kind);
        Assert.Equal(0, await new SubscriptionService(_world.Contexts, _world.Clock).UnusedAsync(friend.Id, PushWorld.SubscribeTemplate));
    }

    [Fact]
    public async Task Dispatch_TransientFailures_BacksOffThenSendsOnce()
    {
        var driver = await _world.AddDriverAsync("a");
        var friend = await _world.AddDriverAsync("b", miniProgram: false, officialAccount: true);
        await _world.BindAsync(driver, friend);
        _world.WeChat.Fail("template", WeChatException.Busy, times: 2);
        await _world.ParkAsync(driver);
        var dispatcher = _world.NewDispatcher();

        await dispatcher.DispatchDueAsync();
        var waiting = Assert.Single(await _world.MessagesAsync());
        await dispatcher.DispatchDueAsync();

        Assert.Equal((OutboxState.Pending, 1), (waiting.State, waiting.Attempts));
        Assert.True(waiting.NextAttemptAtUtc >= _world.Clock.GetUtcNow().UtcDateTime + _world.Push.BaseBackoff / 2);
        Assert.Equal(1, _world.WeChat.Attempts); // not due yet: nothing tried
        await _world.DrainAsync(dispatcher);
        Assert.Equal(3, _world.WeChat.Attempts);
        Assert.Single(_world.WeChat.Deliveries);
        Assert.Equal(OutboxState.Sent, Assert.Single(await _world.MessagesAsync()).State);
    }

    [Fact]
    public async Task Dispatch_AlwaysBusy_DeadAfterMaxAttemptsAndRetryable()
    {
        var driver = await _world.AddDriverAsync("a");
        var friend = await _world.AddDriverAsync("b", miniProgram: false, officialAccount: true);
        await _world.BindAsync(driver, friend);
        _world.WeChat.Fail("template", WeChatException.Transport);
        await _world.ParkAsync(driver);

        await _world.DrainAsync(_world.NewDispatcher());

        var dead = Assert.Single(await _world.MessagesAsync());
        Assert.Equal((OutboxState.Dead, _world.Push.MaxAttempts), (dead.State, dead.Attempts));
        Assert.Equal(_world.Push.MaxAttempts, _world.WeChat.Attempts);
        Assert.Contains("-900", dead.LastError, StringComparison.Ordinal);
        _world.WeChat.Fail("template", WeChatException.Transport, times: 0);
        Assert.True(await new OutboxAdministration(_world.Contexts, _world.Clock).RetryAsync(dead.Id));
        await _world.DrainAsync(_world.NewDispatcher());
        Assert.Single(_world.WeChat.Deliveries);
    }

    [Fact]
    public async Task Dispatch_PermanentErrorOnEveryChannel_DeadAfterTryingTheRest()
    {
        var driver = await _world.AddDriverAsync("a");
        var friend = await _world.AddDriverAsync("b", miniProgram: true, officialAccount: true);
        await _world.BindAsync(driver, friend);
        await _world.GrantAsync(friend);
        _world.WeChat.Fail("subscribe", WeChatException.BadTemplateData);
        _world.WeChat.Fail("template", WeChatException.InvalidCredential);
        await _world.ParkAsync(driver);

        await _world.DrainAsync(_world.NewDispatcher());

        var dead = Assert.Single(await _world.MessagesAsync());
        Assert.Equal(OutboxState.Dead, dead.State);
        Assert.Equal(2, _world.WeChat.Attempts);
        Assert.StartsWith("Template 40001", dead.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dispatch_TwoDispatchersAtOnce_EachMessageSentOnce()
    {
        var driver = await _world.AddDriverAsync("a");
        var friends = new List<ParkShare.Core.Drivers.Driver>();
        for (var i = 0; i < 3; i++)
        {
            friends.Add(await _world.AddDriverAsync("f" + i, miniProgram: false, officialAccount: true));
            await _world.BindAsync(driver, friends[^1]);
        }

        var record = await _world.ParkAsync(driver);
        await _world.Parking.MoveAsync(driver.Id, record.Id, _world.Position("B2-C-018"));
        await _world.Parking.EndAsync(driver.Id, record.Id);

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => _world.NewDispatcher().DispatchDueAsync())));

        Assert.Equal(9, _world.WeChat.Deliveries.Count);
        Assert.Equal(9, _world.WeChat.Deliveries.Select(d => (d.ToOpenId, d.Data["thing1"], d.Data["thing3"])).Distinct().Count());
    }
}
