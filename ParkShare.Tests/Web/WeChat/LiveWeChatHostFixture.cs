using ParkShare.Tests.Fakes;

namespace ParkShare.Tests.Web.WeChat;

/// <summary>The real host in WeChat Live mode, its WeChat APIs served by a <see cref="FakeWeChatServer"/>.</summary>
public sealed class LiveWeChatHostFixture : IAsyncLifetime
{
    public const string PublicBaseUrl = "https://parkshare.example";

    public FakeWeChatServer Server { get; private set; } = default!;

    public ParkShareWebFactory Factory { get; } = new();

    public async Task InitializeAsync()
    {
        Server = await FakeWeChatServer.StartAsync();
        foreach (var (key, value) in Server.Settings())
        {
            Factory.Settings[key] = value;
        }

        Factory.Settings["PublicBaseUrl"] = PublicBaseUrl;
        // An https PublicBaseUrl turns on the HTTPS redirect: the clients speak https, as phones reach a real deployment.
        Factory.ClientOptions.BaseAddress = new Uri(PublicBaseUrl);
        using var client = Factory.CreateClient();
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }

    public async Task DisposeAsync()
    {
        Factory.Dispose();
        await Server.DisposeAsync();
    }
}
