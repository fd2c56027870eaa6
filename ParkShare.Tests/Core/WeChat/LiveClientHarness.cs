using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ParkShare.Core.WeChat;
using ParkShare.Tests.Fakes;

namespace ParkShare.Tests.Core.WeChat;

/// <summary>A <see cref="LiveWeChatClient"/> wired as the host wires it (same HttpClient pipeline), pointed at a fresh <see cref="FakeWeChatServer"/>.</summary>
public sealed class LiveClientHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private LiveClientHarness(FakeWeChatServer server, ServiceProvider services, CapturedLogs logs)
    {
        Server = server;
        _services = services;
        Logs = logs;
    }

    public FakeWeChatServer Server { get; }

    public CapturedLogs Logs { get; }

    public LiveWeChatClient Client => _services.GetRequiredService<LiveWeChatClient>();

    public WeChatHealth Health => _services.GetRequiredService<WeChatHealth>();

    public static async Task<LiveClientHarness> StartAsync(TimeSpan? attemptTimeout = null)
    {
        var server = await FakeWeChatServer.StartAsync();
        var settings = server.Settings();
        settings["WeChat:AttemptTimeout"] = (attemptTimeout ?? TimeSpan.FromSeconds(5)).ToString();
        settings["WeChat:TotalTimeout"] = ((attemptTimeout ?? TimeSpan.FromSeconds(5)) * 3).ToString();
        var logs = new CapturedLogs();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        services.AddOptions<WeChatOptions>().BindConfiguration(WeChatOptions.SectionName);
        services.AddLiveWeChatClient();
        return new LiveClientHarness(server, services.BuildServiceProvider(), logs);
    }

    public static SubscribeMessage Subscribe(string to = "fake-mp-friend") =>
        new(to, "tmpl-position", "pages/shared/index?id=1", new Dictionary<string, string> { ["thing1"] = "B2-C-017", ["car_number5"] = "沪A12345" });

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Server.DisposeAsync();
    }
}
