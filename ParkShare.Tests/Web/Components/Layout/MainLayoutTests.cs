using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using ParkShare.Core.Staff;
using ParkShare.Core.WeChat;
using ParkShare.Tests.Support;
using ParkShare.Web.Components.Layout;

namespace ParkShare.Tests.Web.Components.Layout;

/// <summary>The console frame as plain markup keeps MudLayout's behaviour: current link, admin links, drawer, sign-out.</summary>
public sealed class MainLayoutTests : ParkShareComponentTest, IAsyncLifetime
{
    private readonly Bunit.TestDoubles.BunitAuthorizationContext _auth;

    public MainLayoutTests()
    {
        Services.AddSingleton(Microsoft.Extensions.Options.Options.Create(new WeChatOptions()));
        Services.AddSingleton<AntiforgeryStateProvider>(new FixedAntiforgery());
        _auth = AddAuthorization();
        _auth.SetAuthorized("operator@parkshare.local");
        SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", true));
    }

    [Fact]
    public void Render_OperatorBelowPlayground_PlaygroundCurrentAndNoAdminLinks()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("/console/playground/anything");

        var cut = RenderLayout();

        var current = cut.FindAll("a.mud-nav-link.active");
        Assert.Equal("/console/playground", Assert.Single(current).GetAttribute("href"));
        Assert.Equal("page", current[0].GetAttribute("aria-current"));
        Assert.Null(cut.Find("a.mud-nav-link[href='/']").GetAttribute("aria-current"));
        Assert.Empty(cut.FindAll("a[href='/console/staff']"));
        Assert.Equal("noopener noreferrer", cut.Find("a.mud-nav-link[href='/scalar']").GetAttribute("rel"));
        Assert.Equal("operator@parkshare.local", cut.Find("[data-testid=signed-in-user]").TextContent);
        Assert.Equal("token-value", cut.Find("form[action='Account/Logout'] input[name=__RequestVerificationToken]").GetAttribute("value"));
    }

    [Fact]
    public void Render_AdminOnLotsList_LotsCurrentOnlyThereAndAdminLinksShown()
    {
        _auth.SetRoles(ConsoleRoles.Admin);

        var cut = RenderLayout();

        Assert.Equal("/", Assert.Single(cut.FindAll("a.mud-nav-link.active")).GetAttribute("href"));
        Assert.Single(cut.FindAll("a[href='/console/staff']"));
        Assert.Single(cut.FindAll("a[href='/console/wechat']"));
    }

    [Fact]
    public void MenuButtons_WideAndNarrow_EachToggleItsOwnDrawerState()
    {
        var cut = RenderLayout();
        Assert.Contains("mud-drawer--initial", cut.Find("aside").ClassList);
        Assert.Contains("console-drawer--narrow-initial", cut.Find("aside").ClassList);

        cut.Find("button.console-menu-wide").Click();
        Assert.Contains("mud-drawer--closed", cut.Find("aside").ClassList);
        Assert.DoesNotContain("mud-drawer--initial", cut.Find("aside").ClassList);
        Assert.Contains("mud-drawer-close-responsive-md-left", cut.Find("div.mud-layout").ClassList);

        cut.Find("button.console-menu-narrow").Click();
        Assert.Contains("console-drawer--narrow-open", cut.Find("aside").ClassList);
        cut.Find("div.mud-drawer-overlay").Click(); // the scrim closes the drawer, as MudOverlay did
        Assert.Contains("console-drawer--narrow-closed", cut.Find("aside").ClassList);
        Assert.Empty(cut.FindAll("div.mud-drawer-overlay"));
        Assert.Contains("mud-drawer--closed", cut.Find("aside").ClassList); // the wide state is its own
    }

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    // MudBlazor's popover service (behind MudPopoverProvider) only disposes asynchronously.
    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    private IRenderedComponent<MainLayout> RenderLayout() =>
        Render<MainLayout>(ps => ps.Add(p => p.Body, (RenderFragment)(b => b.AddMarkupContent(0, "<h1>page</h1>"))));

    private sealed class FixedAntiforgery : AntiforgeryStateProvider
    {
        public override AntiforgeryRequestToken GetAntiforgeryToken() => new("token-value", "__RequestVerificationToken");
    }
}
