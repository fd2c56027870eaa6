using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using ParkShare.Web.Sharing.Links;

namespace ParkShare.Tests.Web.Sharing.Links;

/// <summary>The public page /s/{token} as a friend's phone (without script) and as an attacker see it.</summary>
public sealed partial class SharePageTests : IClassFixture<ShareSite>
{
    private readonly ShareSite _site;

    public SharePageTests(ShareSite site) => _site = site;

    [Fact]
    public async Task Page_ValidLink_ShowsSpaceLevelZoneMapRouteAndNoteWithStrictHeaders()
    {
        var (_, _, token) = await _site.ShareAsync("B2-C-017");
        using var phone = _site.Phone();

        var response = await phone.GetAsync($"/s/{token}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertShareHeaders(response);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"share-space\">B2-C-017<", html, StringComparison.Ordinal);
        Assert.Contains("B2 层 · C 区", html, StringComparison.Ordinal);
        Assert.Contains("后备箱有伞", html, StringComparison.Ordinal);
        Assert.DoesNotContain("沪A", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"m-highlight\" data-code=\"B2-C-017\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"m-route\"", html, StringComparison.Ordinal);
        Assert.Contains("uri.amap.com", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.True(html.Length < 100_000, $"{html.Length} bytes");
    }

    [Theory]
    [InlineData("unknownunknownunknown0")]
    [InlineData("short")]
    [InlineData("%E2%80%AE%E2%80%AE")]
    public async Task Page_UnknownOrMalformedToken_404WithTheSameHeaders(string token)
    {
        using var phone = _site.Phone("198.51.100.80");
        var response = await phone.GetAsync($"/s/{token}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        AssertShareHeaders(response);
        Assert.Contains("data-testid=\"share-missing\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_RevokedLink_410AndItsQrToo()
    {
        var (driver, share, token) = await _site.ShareAsync("B2-C-018");
        using var phone = _site.Phone();
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync($"/s/{token}/qr.png")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await driver.DeleteAsync($"/api/mp/shares/{share.GetProperty("id").GetString()}")).StatusCode);

        var page = await phone.GetAsync($"/s/{token}");
        Assert.Equal(HttpStatusCode.Gone, page.StatusCode);
        Assert.Contains("data-state=\"Revoked\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Gone, (await phone.GetAsync($"/s/{token}/qr.png")).StatusCode);
    }

    [Fact]
    public async Task Misses_OverTheLimitFromOneClient_429WithRetryAfterWhileAnotherClientStillSeesItsLink()
    {
        var (_, _, token) = await _site.ShareAsync("B2-C-019");
        using var guesser = _site.Phone("203.0.113.66");
        for (var i = 0; i < ShareSite.MissLimit; i++)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await guesser.GetAsync($"/s/guess{i:D17}")).StatusCode);
        }

        var blocked = await guesser.GetAsync("/s/guessguessguessguess0");
        Assert.Equal(HttpStatusCode.TooManyRequests, blocked.StatusCode);
        Assert.True(blocked.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await guesser.GetAsync($"/s/{token}")).StatusCode);

        using var friend = _site.Phone("198.51.100.9");
        Assert.Equal(HttpStatusCode.OK, (await friend.GetAsync($"/s/{token}")).StatusCode);
    }

    [Fact]
    public async Task Pin_WrongThenRight_AsksOnceThenShowsTheCar()
    {
        var (_, _, token) = await _site.ShareAsync("B2-C-020", new { pin = "246813" });
        using var phone = _site.Phone("198.51.100.21");

        var form = await phone.GetStringAsync($"/s/{token}");
        Assert.Contains("data-testid=\"pin-form\"", form, StringComparison.Ordinal);
        Assert.DoesNotContain("B2-C-020", form, StringComparison.Ordinal);

        var wrong = await PostAsync(phone, token, "pin", new() { ["Pin"] = new string('x', 10_000) });
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        var right = await PostAsync(phone, token, "pin", new() { ["Pin"] = "246813" });
        Assert.Equal(HttpStatusCode.Found, right.StatusCode);

        Assert.Contains("data-testid=\"share-space\">B2-C-020<", await phone.GetStringAsync($"/s/{token}"), StringComparison.Ordinal);
        using var stranger = _site.Phone("198.51.100.22");
        Assert.Contains("data-testid=\"pin-form\"", await stranger.GetStringAsync($"/s/{token}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PickedUp_PostedTwiceAndWithoutAntiforgery_EndsOnceAndTheDriverIsTold()
    {
        var (driver, share, token) = await _site.ShareAsync("B2-C-021");
        using var phone = _site.Phone("198.51.100.31");
        var forged = await phone.PostAsync($"/s/{token}/picked-up", new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = "picked-up" }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal("active", (await driver.GetFromJsonAsync<JsonElement>($"/api/mp/shares/{share.GetProperty("id").GetString()}")).GetProperty("state").GetString());

        var confirm = $"/s/{token}/picked-up";
        var antiforgery = await AntiforgeryAsync(phone, confirm);
        var first = await PostWithAsync(phone, confirm, "picked-up", antiforgery);
        Assert.Equal(HttpStatusCode.Found, first.StatusCode);
        var replay = await PostWithAsync(phone, confirm, "picked-up", antiforgery);
        Assert.Equal(HttpStatusCode.Gone, replay.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, (await phone.GetAsync($"/s/{token}")).StatusCode);

        var state = await driver.GetFromJsonAsync<JsonElement>($"/api/mp/shares/{share.GetProperty("id").GetString()}");
        Assert.Equal("pickedUp", state.GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await driver.GetAsync("/api/mp/records/current")).StatusCode);
        var notices = await driver.GetFromJsonAsync<JsonElement>("/api/mp/notices");
        Assert.Contains(notices.GetProperty("items").EnumerateArray(), n => n.GetProperty("kind").GetString() == "carPickedUpByFriend");
    }

    [Fact]
    public async Task Logs_PageQrAndPinViews_NeverContainTheToken()
    {
        var (_, _, token) = await _site.ShareAsync("B2-C-022", new { pin = "135724" });
        using var phone = _site.Phone("198.51.100.41");
        await phone.GetAsync($"/s/{token}");
        await PostAsync(phone, token, "pin", new() { ["Pin"] = "000000" });
        await phone.GetAsync($"/s/{token}/qr.svg");
        await phone.GetAsync($"/culture?culture=en&redirectUri=%2Fs%2F{token}");

        Assert.NotEmpty(_site.Logs);
        Assert.Contains(_site.Logs, l => l.Contains("/s/***", StringComparison.Ordinal));
        Assert.Empty(_site.Logs.Where(l => l.Contains(token, StringComparison.Ordinal)).Select(l => l.Split(' ')[0]).Distinct());
    }

    [Fact]
    public async Task QrAndPoster_ValidLink_DecodeToTheShareUrlOfPublicBaseUrl()
    {
        var (_, share, token) = await _site.ShareAsync("B2-C-023");
        using var phone = _site.Phone("198.51.100.51");

        var png = await phone.GetByteArrayAsync($"/s/{token}/qr.png");
        var poster = await phone.GetByteArrayAsync($"/s/{token}/poster.png");

        var expected = $"http://localhost:5080/s/{token}";
        Assert.Equal(expected, share.GetProperty("url").GetString());
        Assert.Equal(expected, QrScan.Decode(png)?.Text);
        Assert.Equal(expected, QrScan.Decode(poster)?.Text);
        Assert.Contains("<svg", await phone.GetStringAsync($"/s/{token}/qr.svg"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Robots_DisallowsSharePages()
    {
        using var phone = _site.Phone();
        var robots = await phone.GetStringAsync("/robots.txt");
        Assert.Contains("Disallow: /s/", robots, StringComparison.Ordinal);
    }

    private static void AssertShareHeaders(HttpResponseMessage response)
    {
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("noindex, nofollow", response.Headers.GetValues("X-Robots-Tag").Single());
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Equal(ShareHeaders.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
    }

    internal static async Task<HttpResponseMessage> PostAsync(HttpClient phone, string token, string form, Dictionary<string, string> fields)
    {
        var path = $"/s/{token}";
        var body = new Dictionary<string, string>(fields) { ["_handler"] = form, ["__RequestVerificationToken"] = await AntiforgeryAsync(phone, path) };
        return await phone.PostAsync(path, new FormUrlEncodedContent(body));
    }

    private static Task<HttpResponseMessage> PostWithAsync(HttpClient phone, string path, string form, string antiforgery) =>
        phone.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = form, ["__RequestVerificationToken"] = antiforgery }));

    private static async Task<string> AntiforgeryAsync(HttpClient phone, string path)
    {
        var match = TokenPattern().Match(await phone.GetStringAsync(path));
        Assert.True(match.Success, $"no antiforgery token on {path}");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
