using System.Text;
using Microsoft.Playwright;

namespace ParkShare.Tests.E2E;

/// <summary>
/// The editor canvas is live once drawn, before .NET has connected to it: a drag made in that moment waits for the
/// connection and is then applied, not lost. The test holds the circuit's messages to the page from the "connect" call on.
/// </summary>
[Trait(Browser.Category, Browser.Trait)]
public sealed class EditorConnectEndToEndTests(HostProcess host) : IClassFixture<HostProcess>
{
    [Fact]
    public async Task Drag_BeforeServerConnectsToCanvas_AppliedOnceConnected()
    {
        var (lotId, levelId) = await EditorSetup.AddConnectedLevelAsync(host, "B8", -8, spaces: 20);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright);
        var page = await StaffConsole.SignInAsync(browser, host, "en-US");
        var gate = new ConnectGate();
        await page.RouteWebSocketAsync(url => url.Contains("/_blazor", StringComparison.Ordinal), gate.Route);

        await page.GotoAsync($"{host.BaseUrl}/console/lots/{lotId}/levels/{levelId}/edit");
        await page.WaitForSelectorAsync("[data-testid=editor-canvas][data-ready=true]");
        await gate.Holding.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal("false", await page.GetAttributeAsync("[data-testid=level-editor]", "data-connected"));

        var before = await page.GetAttributeAsync("path.sp[data-code=B8-0002]", "d");
        await EditorPage.DragAsync(page, (8.5, 7), (8.5, 3));
        await page.WaitForTimeoutAsync(500);
        Assert.Equal(before, await page.GetAttributeAsync("path.sp[data-code=B8-0002]", "d"));

        gate.Release();
        await page.WaitForSelectorAsync("[data-testid=level-editor][data-connected=true]");
        await page.UntilAsync("b => document.querySelector('path.sp[data-code=B8-0002]').getAttribute('d') !== b", before);
        Assert.Equal("M7.5,-1 10,-1 10,-6.3 7.5,-6.3 Z", await page.GetAttributeAsync("path.sp[data-code=B8-0002]", "d"));
        await page.WaitForSelectorAsync("path.sp.sel[data-code=B8-0002]");
    }

    /// <summary>The connection lands in the middle of a drag (the server also tells the canvas its tool): the drag goes on and is applied.</summary>
    [Fact]
    public async Task Drag_ServerConnectsMidGesture_DragCompletesAndIsApplied()
    {
        var (lotId, levelId) = await EditorSetup.AddConnectedLevelAsync(host, "B9", -9, spaces: 20);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright);
        var page = await StaffConsole.SignInAsync(browser, host, "en-US");
        var gate = new ConnectGate();
        await page.RouteWebSocketAsync(url => url.Contains("/_blazor", StringComparison.Ordinal), gate.Route);
        await page.GotoAsync($"{host.BaseUrl}/console/lots/{lotId}/levels/{levelId}/edit");
        await page.WaitForSelectorAsync("[data-testid=editor-canvas][data-ready=true]");
        await gate.Holding.WaitAsync(TimeSpan.FromSeconds(30));
        var (ax, ay) = await EditorPage.ScreenAsync(page, 11, 7);
        var (bx, by) = await EditorPage.ScreenAsync(page, 11, 3);

        await page.Mouse.MoveAsync(ax, ay);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(ax, (ay + by) / 2, new MouseMoveOptions { Steps = 4 });
        gate.Release();
        await page.WaitForSelectorAsync("[data-testid=level-editor][data-connected=true]");
        await page.Mouse.MoveAsync(bx, by, new MouseMoveOptions { Steps = 4 });
        await page.Mouse.UpAsync();

        await page.WaitForSelectorAsync("path.sp.sel[data-code=B9-0003]");
        Assert.Equal("M10,-1 12.5,-1 12.5,-6.3 10,-6.3 Z", await page.GetAttributeAsync("path.sp[data-code=B9-0003]", "d"));
    }

    /// <summary>Passes the circuit's frames to the page until the one calling editor.js's connect, then holds it and all after it, in order.</summary>
    private sealed class ConnectGate
    {
        // A MessagePack string of 7 bytes ("connect") is 0xA7 and the text: not mudPopover.connect or the like.
        private static readonly byte[] ConnectCall = [0xA7, .. Encoding.ASCII.GetBytes("connect")];
        private readonly List<IWebSocketFrame> _held = [];
        private IWebSocketRoute? _page;
        private bool _holding;
        private bool _released;

        public SemaphoreSlim Holding { get; } = new(0);

        public void Route(IWebSocketRoute page)
        {
            _page = page;
            var server = page.ConnectToServer();
            server.OnMessage(frame =>
            {
                lock (_held)
                {
                    if (!_released && (_holding || (frame.Binary is { } bytes && bytes.AsSpan().IndexOf(ConnectCall) >= 0)))
                    {
                        _held.Add(frame);
                        if (!_holding)
                        {
                            _holding = true;
                            Holding.Release();
                        }

                        return;
                    }
                }

                Forward(frame);
            });
        }

        public void Release()
        {
            lock (_held)
            {
                _released = true;
                _held.ForEach(Forward);
                _held.Clear();
            }
        }

        private void Forward(IWebSocketFrame frame)
        {
            if (frame.Binary is { } bytes)
            {
                _page!.Send(bytes);
            }
            else
            {
                _page!.Send(frame.Text ?? string.Empty);
            }
        }
    }
}
