using ParkShare.Core.Sharing.Push;
using ParkShare.Tests.Core.WeChat;
using ParkShare.Tests.Fakes;

namespace ParkShare.Tests.Core.Sharing.Push;

/// <summary>
/// The dispatcher through the live client (the host's HttpClient pipeline) against the fake WeChat
/// server on loopback, which fails the way WeChat's network does: each failure is tried again later
/// with backoff, and the friend gets the message exactly once.
/// </summary>
public sealed class PushOverWeChatFaultsTests : IAsyncLifetime
{
    private PushWorld _world = default!;
    private LiveClientHarness _weChat = default!;

    public async Task InitializeAsync()
    {
        _world = await PushWorld.CreateAsync();
        _weChat = await LiveClientHarness.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _weChat.DisposeAsync();
        _world.Dispose();
    }

    [Theory]
    [InlineData(WeChatFault.DropConnection, 2)]
    [InlineData(WeChatFault.ServerError, 2)]
    [InlineData(WeChatFault.MalformedJson, 2)]
    [InlineData(WeChatFault.Busy, 2)]
    [InlineData(WeChatFault.Slow, 1)] // 6 s, past the 5 s attempt timeout
    public async Task Dispatch_WeChatFailsThenAnswers_RetriedWithBackoffAndDeliveredOnce(WeChatFault fault, int times)
    {
        var driver = await _world.AddDriverAsync("a");
        var friend = await _world.AddDriverAsync("b", miniProgram: false, officialAccount: true);
        await _world.BindAsync(driver, friend);
        _weChat.Server.SlowDelay = TimeSpan.FromSeconds(6);
        _weChat.Server.FailNext(FakeWeChatServer.TemplateSend, fault, times);
        await _world.ParkAsync(driver);
        var dispatcher = _world.NewDispatcher(_weChat.Client);

        await dispatcher.DispatchDueAsync();
        var waiting = Assert.Single(await _world.MessagesAsync());
        await dispatcher.DispatchDueAsync(); // not due yet: nothing is sent again before the backoff

        Assert.Equal((OutboxState.Pending, 1), (waiting.State, waiting.Attempts));
        Assert.True(waiting.NextAttemptAtUtc >= _world.Clock.GetUtcNow().UtcDateTime + _world.Push.BaseBackoff / 2, $"{waiting.NextAttemptAtUtc:O}");
        Assert.Equal(1, _weChat.Server.Calls(FakeWeChatServer.TemplateSend));
        await _world.DrainAsync(dispatcher);
        Assert.Equal(times + 1, _weChat.Server.Calls(FakeWeChatServer.TemplateSend));
        Assert.Equal("oa-b", Assert.Single(_weChat.Server.Delivered).ToOpenId);
        Assert.Equal(OutboxState.Sent, Assert.Single(await _world.MessagesAsync()).State);
    }
}
