using ParkShare.Tests.Fakes;

namespace ParkShare.Tests.Web.MultiNode;

/// <summary>
/// Two nodes on one database in Live WeChat mode against one fake WeChat server (safe-mode callbacks,
/// notices pushed as template messages, the dispatchers polling every 200 ms, lot versions trusted
/// for a minute on PostgreSQL), shared by the tests of
/// a class: starting two hosts is the slow part.
/// </summary>
public sealed class MultiNodeFixture : IAsyncLifetime
{
    public const string NoticeTemplate = "tmpl-multi-node-notice";

    public FakeWeChatServer WeChat { get; private set; } = default!;

    public TwoNodes Nodes { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        WeChat = await FakeWeChatServer.StartAsync();
        var settings = WeChat.Settings();
        settings["WeChat:Templates:DriverNoticeTemplate"] = NoticeTemplate;
        settings["Push:PollInterval"] = "00:00:00.200";
        settings["Push:BaseBackoff"] = "00:00:00.200";
        settings["Push:MaxBackoff"] = "00:00:01";
        // On PostgreSQL a node trusts a lot version for a minute: another node's edit shows only through LISTEN/NOTIFY (or a check).
        settings["Cluster:LotVersionTrust"] = "00:01:00";
        Nodes = await TwoNodes.StartAsync(settings);

        // /healthz answers once the schema exists; the API waits for the seed, so the tests find the demo lot.
        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(1) };
        foreach (var node in new[] { Nodes.A, Nodes.B })
        {
            (await http.GetAsync($"{node.BaseUrl}/api/mp/lots")).EnsureSuccessStatusCode();
        }
    }

    public async Task DisposeAsync()
    {
        if (Nodes is not null)
        {
            await Nodes.DisposeAsync();
        }

        await WeChat.DisposeAsync();
    }
}
