using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using ParkShare.Tests.Support;
using ParkShare.Tests.Web.MultiNode;

namespace ParkShare.Tests.E2E;

/// <summary>
/// Two hosts on one database behind Debian's nginx, configured as docs/deploy.md says: lot staff use the console in
/// Chromium through nginx while a driver reserves through nginx's round-robin /api, so the reservations land on both
/// nodes, and the console (kept on one node by nginx's cookie) shows every one of them without a reload.
/// </summary>
[Trait(Browser.Category, Browser.Trait)]
public sealed class NginxEndToEndTests
{
    private static readonly string[] Codes = ["B1-A-005", "B1-A-006", "B1-A-007", "B1-A-008"];

    [Fact]
    public async Task Console_TwoHostsBehindNginx_StaysOnOneNodeAndSeesReservationsMadeOnBoth()
    {
        // The proxy is named as known, so a host that reads X-Forwarded-For/-Proto believes nginx's (and only nginx's).
        await using var nodes = await TwoNodes.StartAsync(new Dictionary<string, string?> { ["Proxy:KnownProxies:0"] = "127.0.0.1" });
        string[] upstreams = [Authority(nodes.A), Authority(nodes.B)];
        await using var nginx = await NginxProxy.StartAsync(upstreams);
        try
        {
            await ReserveWhileWatchingAsync(nginx);
        }
        catch (Exception ex) when (ex is TimeoutException or PlaywrightException or HttpRequestException)
        {
            throw new InvalidOperationException($"{ex.Message}\n--- nginx:\n{nginx.ErrorLog}\n{nodes.Logs}", ex);
        }

        // A WebSocket is logged when it closes: the console's circuit was upgraded through nginx, on the node of its pages.
        var requests = await Eventually.ValueAsync(
            () => Task.FromResult(nginx.Requests), r => r.Any(x => x.Path == "/_blazor" && x.Status == (int)HttpStatusCode.SwitchingProtocols), TimeSpan.FromSeconds(10));
        Assert.Contains(requests, r => r.Path == "/_blazor" && r.Status == (int)HttpStatusCode.SwitchingProtocols);
        var console = requests.Where(r => !IsRoundRobin(r.Path)).Select(r => r.Upstream).Distinct().ToList();
        Assert.Single(console);
        Assert.Contains(console[0], upstreams);

        // Round robin: the driver's reservations were made on both nodes.
        var reservations = requests.Where(r => r.Method == "POST" && r.Path == "/api/mp/reservations").ToList();
        Assert.Equal(Codes.Length, reservations.Count);
        Assert.All(reservations, r => Assert.Equal((int)HttpStatusCode.Created, r.Status));
        Assert.Equal(upstreams.Order(), reservations.Select(r => r.Upstream).Distinct().Order());
    }

    private static async Task ReserveWhileWatchingAsync(NginxProxy nginx)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright);
        var page = await StaffConsole.SignInAsync(browser, nginx.BaseUrl, "zh-CN", "/");
        await StaffConsole.OpenDemoLotAsync(page);
        Assert.Equal("陆家嘴滨江停车场", await page.InnerTextAsync("[data-testid=lot-name]"));
        var lotId = page.Url.Split('/').Last();
        foreach (var code in Codes)
        {
            Assert.Equal("Free", await page.GetAttributeAsync($"g.space[data-code='{code}']", "data-state"));
        }

        using var http = new HttpClient { BaseAddress = new Uri(nginx.BaseUrl) };
        var lot = await http.GetFromJsonAsync<JsonElement>($"/api/mp/lots/{lotId}");
        var b1 = lot.GetProperty("levels")[0].GetProperty("id").GetString();
        var spaces = (await http.GetFromJsonAsync<JsonElement>($"/api/mp/lots/{lotId}/levels/{b1}/map")).GetProperty("spaces").EnumerateArray()
            .ToDictionary(s => s.GetProperty("code").GetString()!, s => s.GetProperty("id").GetString());
        var now = DateTimeOffset.UtcNow;
        // A driver holds one live reservation: one driver per space, all signed in (through nginx) first, so that
        // the reservations follow one another and round robin sends consecutive ones to different nodes.
        List<string> tokens = [];
        foreach (var code in Codes)
        {
            var session = await (await http.PostAsJsonAsync("/api/mp/session", new { code = $"e2e-nginx-{code}" })).Content.ReadFromJsonAsync<JsonElement>();
            tokens.Add(session.GetProperty("token").GetString()!);
        }

        foreach (var (code, token) in Codes.Zip(tokens))
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/mp/reservations")
            {
                Content = JsonContent.Create(new { spaceId = spaces[code], startsAt = now, endsAt = now.AddHours(1) }),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var reserved = await http.SendAsync(request);
            Assert.True(reserved.StatusCode == HttpStatusCode.Created, $"{code}: {(int)reserved.StatusCode} {await reserved.Content.ReadAsStringAsync()}");
        }

        // The console's own node tells it at once; the other node's reservations arrive by the lot page's poll.
        try
        {
            foreach (var code in Codes)
            {
                await page.WaitForSelectorAsync($"g.space[data-code='{code}'][data-state='Reserved']");
            }
        }
        catch (TimeoutException)
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ArtifactPath("nginx-console-failed.png"), FullPage = true });
            throw;
        }

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ArtifactPath("nginx-console-live.png"), FullPage = true });
        await page.Context.CloseAsync();
    }

    private static bool IsRoundRobin(string path) =>
        path.StartsWith("/api/", StringComparison.Ordinal) || path.StartsWith("/s/", StringComparison.Ordinal)
        || path.StartsWith("/wechat/", StringComparison.Ordinal) || path == "/healthz";

    private static string Authority(HostProcess host) => new Uri(host.BaseUrl).Authority;
}
