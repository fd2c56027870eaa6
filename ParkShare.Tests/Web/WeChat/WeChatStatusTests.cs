using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ParkShare.Core.WeChat;
using ParkShare.Tests.Fakes;
using ParkShare.Tests.Support;
using ParkShare.Web.WeChat;

namespace ParkShare.Tests.Web.WeChat;

/// <summary>MudTabs registers an async-only disposable service, so the context is disposed asynchronously.</summary>
public sealed class WeChatStatusTests : ParkShareComponentTest, IAsyncLifetime
{
    private readonly WeChatHealth _health = new(TimeProvider.System);
    private readonly WeChatSandboxInbox _inbox = new();

    private IRenderedComponent<WeChatStatus> Render(WeChatOptions options)
    {
        Services.AddSingleton(Options.Create(options));
        Services.AddSingleton(_health);
        Services.AddSingleton(_inbox);
        return Render<WeChatStatus>();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    [Fact]
    public void Render_LiveWithHealth_AppIdsTokensAndErrorsButNoSecret()
    {
        _health.TokenRefreshed(FakeWeChatServer.MiniProgramAppId, new DateTime(2026, 5, 1, 10, 0, 0, DateTimeKind.Utc));
        _health.ApiFailed("message/subscribe/send", FakeWeChatServer.MiniProgramAppId, 43101, "user refuse to accept the msg");
        var options = new WeChatOptions
        {
            Mode = WeChatOptions.LiveMode,
            MiniProgram = new WeChatAppOptions { AppId = FakeWeChatServer.MiniProgramAppId, AppSecret = FakeWeChatServer.MiniProgramSecret },
            OfficialAccount = new WeChatOfficialAccountOptions { AppId = FakeWeChatServer.OfficialAccountAppId, AppSecret = FakeWeChatServer.OfficialAccountSecret, Token = FakeWeChatServer.OfficialAccountToken },
        };

        var page = Render(options);

        Assert.Equal(FakeWeChatServer.MiniProgramAppId, page.Find("[data-testid=mp-appid]").TextContent);
        Assert.Equal(FakeWeChatServer.OfficialAccountAppId, page.Find("[data-testid=oa-appid]").TextContent);
        // Shown in Console:TimeZone (Asia/Shanghai by default), never as UTC.
        Assert.Contains("2026-05-01 18:00:00", page.Find("[data-testid=wechat-tokens]").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("UTC", page.Find("[data-testid=wechat-tokens]").TextContent, StringComparison.Ordinal);
        Assert.Contains("43101", page.Find("[data-testid=wechat-errors]").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=wechat-sandbox-warning]"));
        Assert.Contains("未配置", page.Find("[data-testid=wechat-apps]").TextContent, StringComparison.Ordinal);
        foreach (var secret in new[] { FakeWeChatServer.MiniProgramSecret, FakeWeChatServer.OfficialAccountSecret, FakeWeChatServer.OfficialAccountToken })
        {
            Assert.DoesNotContain(secret, page.Markup, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Render_Sandbox_WarningAndEmptyHealth()
    {
        var page = Render(new WeChatOptions());

        Assert.NotNull(page.Find("[data-testid=wechat-sandbox-warning]"));
        Assert.NotNull(page.Find("[data-testid=wechat-no-tokens]"));
        Assert.NotNull(page.Find("[data-testid=wechat-no-errors]"));
    }
}
