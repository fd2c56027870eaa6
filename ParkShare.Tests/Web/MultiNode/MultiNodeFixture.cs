using ParkShare.Tests.Fakes;

namespace ParkShare.Tests.Web.MultiNode;

/// <summary>
/// Two nodes on one database in Live WeChat mode against one fake WeChat server (safe-mode callbacks,
/// notices pushed as template messages, the dispatchers polling every 200 ms), shared by the tests of
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
        Nodes = await TwoNodes.StartAsync(settings);
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
