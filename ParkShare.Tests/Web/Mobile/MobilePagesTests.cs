using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using ParkShare.Tests.Support;
using ParkShare.Web.Drivers;

namespace ParkShare.Tests.Web.Mobile;

/// <summary>The driver pages at /m as a phone without script sees them: sign-in, forms, sizes.</summary>
public sealed partial class MobilePagesTests(DemoLotFixture fixture) : IClassFixture<DemoLotFixture>
{
    public const int MaxGzippedBytes = 60 * 1024;

    [Fact]
    public async Task Home_WithoutCookie_RedirectsToSignInWithReturnUrl()
    {
        using var phone = MobileClient.Create(fixture);
        var response = await phone.Http.GetAsync("/m/car");
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/m/signin?returnUrl=%2Fm%2Fcar", MobileClient.Target(response));
    }

    [Fact]
    public async Task LevelPage_UnknownLotOrLevel_LocalizedNotFoundPage404()
    {
        using var phone = await MobileClient.SignInAsync(fixture);
        phone.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var response = await phone.Http.GetAsync($"/m/lots/{fixture.LotId}/levels/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"page-missing\">Page not found<", html, StringComparison.Ordinal);
        Assert.DoesNotContain("MudBlazor", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_SandboxName_SetsHttpOnlyCookieAndShowsPrivacyNoticeFirst()
    {
        using var phone = MobileClient.Create(fixture);
        var response = await phone.PostFormAsync("/m/signin?returnUrl=%2Fm%2Flots", "signin", new() { ["Name"] = "cookie-check" });
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/m/privacy?returnUrl=%2Fm%2Flots", MobileClient.Target(response));
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(DriverCookie.Name + "=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("data-testid=\"privacy-notice\"", await phone.PageAsync("/m/privacy"), StringComparison.Ordinal);

        var accepted = await phone.PostFormAsync("/m/privacy?returnUrl=%2Fm%2Flots", "privacy", []);
        Assert.Equal("/m/lots", MobileClient.Target(accepted));
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/m")]
    [InlineData("/console/staff")]
    public async Task SignIn_ForeignReturnUrl_GoesToMobileHome(string returnUrl)
    {
        using var phone = MobileClient.Create(fixture);
        await phone.PostFormAsync("/m/signin", "signin", new() { ["Name"] = "redirect-check" });
        var accepted = await phone.PostFormAsync("/m/privacy?returnUrl=" + Uri.EscapeDataString(returnUrl), "privacy", []);
        Assert.Equal("/m", MobileClient.Target(accepted));
    }

    [Theory]
    [InlineData("")]
    [InlineData("bad name")]
    [InlineData("<script>")]
    public async Task SignIn_BadName_ShowsMessageAndSetsNoCookie(string name)
    {
        using var phone = MobileClient.Create(fixture);
        var response = await phone.PostFormAsync("/m/signin", "signin", new() { ["Name"] = name });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(DriverCookie.Name, StringComparison.Ordinal)));
        Assert.Contains("class=\"error\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_SignedInDriverWithRecord_EachUnder60KilobytesGzippedWithoutConsoleAssets()
    {
        using var phone = await MobileClient.SignInAsync(fixture);
        using var park = new HttpRequestMessage(HttpMethod.Post, "/api/mp/records") { Content = JsonContent.Create(new { lotId = fixture.LotId, position = new { kind = "spaceCode", code = "B3-F-030" } }) };
        park.Headers.Add(DriverCookie.CsrfHeader, "1");
        Assert.Equal(HttpStatusCode.Created, (await phone.Http.SendAsync(park)).StatusCode);
        var b2 = fixture.LevelId("B2");
        string[] pages = ["/m", "/m/lots", $"/m/lots/{fixture.LotId}/levels/{b2}", $"/m/lots/{fixture.LotId}/levels/{b2}?z=C&s=B2-C-017", "/m/car", "/m/park", "/m/account", "/m/privacy"];
        foreach (var path in pages)
        {
            var html = await phone.PageAsync(path);
            Assert.DoesNotContain("MudBlazor", html, StringComparison.Ordinal);
            Assert.DoesNotContain("blazor.web.js", html, StringComparison.Ordinal);
            Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
            var total = Gzipped(html);
            foreach (Match asset in AssetPattern().Matches(html))
            {
                total += Gzipped(await phone.Http.GetStringAsync("/" + asset.Groups[1].Value));
            }

            Assert.True(total <= MaxGzippedBytes, $"{path}: {total} bytes gzipped");
        }
    }

    [Fact]
    public async Task Reserve_FormPostedTwice_OneReservationAndRedirectToIt()
    {
        using var phone = await MobileClient.SignInAsync(fixture);
        var path = $"/m/lots/{fixture.LotId}/levels/{fixture.LevelId("B1")}?z=B&s=B1-B-020";
        var fields = new Dictionary<string, string> { ["Key"] = Guid.NewGuid().ToString("N"), ["Start"] = StartField(), ["Minutes"] = "60" };

        var token = await phone.TokenAsync(path);
        var first = await phone.PostFormAsync(path, "reserve", fields, token);
        var second = await phone.PostFormAsync(path, "reserve", fields, token);

        Assert.True(first.StatusCode == HttpStatusCode.Found, await first.Content.ReadAsStringAsync());
        Assert.StartsWith("/m/reservations/", MobileClient.Target(first), StringComparison.Ordinal);
        Assert.Equal(MobileClient.Target(first), MobileClient.Target(second));
        var page = await phone.PageAsync(MobileClient.Target(first));
        Assert.Contains("B1-B-020", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"check-in\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reserve_TakenSpace_ShowsLocalizedConflictAndWritesNothing()
    {
        using var owner = await MobileClient.SignInAsync(fixture);
        using var other = await MobileClient.SignInAsync(fixture);
        var path = $"/m/lots/{fixture.LotId}/levels/{fixture.LevelId("B1")}?s=B1-B-021";
        var seenFree = await other.TokenAsync(path);
        Assert.Equal(HttpStatusCode.Found, (await owner.PostFormAsync(path, "reserve", new() { ["Start"] = StartField(), ["Minutes"] = "60" })).StatusCode);

        var refused = await other.PostFormAsync(path, "reserve", new() { ["Start"] = StartField(), ["Minutes"] = "60" }, seenFree);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"m-error\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"home-reservation\"", await other.PageAsync("/m"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Park_AmbiguousCode_OffersCandidatesThenRecordsThePickedOne()
    {
        using var phone = await MobileClient.SignInAsync(fixture);
        var ambiguous = await phone.PostFormAsync("/m/park", "park", new() { ["Lot"] = fixture.LotId, ["Kind"] = "spaceCode", ["Code"] = "C17" });
        var html = await ambiguous.Content.ReadAsStringAsync();
        Assert.Equal(3, CandidatePattern().Count(html));

        var picked = await phone.PostFormAsync("/m/park", "park", new() { ["Lot"] = fixture.LotId, ["Pick"] = "B3-C-017", ["Plate"] = "沪A12345" });
        Assert.Equal("/m/car?done=parked", MobileClient.Target(picked));
        var car = await phone.PageAsync("/m/car");
        Assert.Contains("data-code=\"B3-C-017\"", car, StringComparison.Ordinal);
        Assert.Contains("沪A12345", car, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"m-route\"", car, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignOut_CookieReplayedAfterwards_NoLongerSignsIn()
    {
        using var phone = MobileClient.Create(fixture);
        var signIn = await phone.PostFormAsync("/m/signin", "signin", new() { ["Name"] = "signout-check" });
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(DriverCookie.Name + "=", StringComparison.Ordinal)).Split(';')[0];
        Assert.Equal(HttpStatusCode.OK, (await phone.Http.GetAsync("/api/mp/me")).StatusCode);

        Assert.Equal("/m/signin", MobileClient.Target(await phone.PostFormAsync("/m/account", "signout", [])));

        using var replay = new HttpRequestMessage(HttpMethod.Get, "/api/mp/me");
        replay.Headers.Add("Cookie", cookie);
        using var stranger = fixture.Factory.CreateClient(new() { HandleCookies = false });
        Assert.Equal(HttpStatusCode.Unauthorized, (await stranger.SendAsync(replay)).StatusCode);
    }

    [Fact]
    public async Task DeleteAccount_OnlyWhenConfirmed_ThenSignedOut()
    {
        using var phone = await MobileClient.SignInAsync(fixture);
        var unconfirmed = await phone.PostFormAsync("/m/account", "delete", []);
        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await phone.Http.GetAsync("/api/mp/me")).StatusCode);

        var confirmed = await phone.PostFormAsync("/m/account", "delete", new() { ["Confirm"] = "true" });
        Assert.Equal("/m/signin", MobileClient.Target(confirmed));
        Assert.Equal(HttpStatusCode.Found, (await phone.Http.GetAsync("/m")).StatusCode);
    }

    private static string StartField() => DateTime.UtcNow.AddHours(8).AddMinutes(10).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture);

    private static int Gzipped(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return (int)buffer.Length;
    }

    [GeneratedRegex("(?:href|src)=\"((?:css|js)/[^\"]+)\"")]
    private static partial Regex AssetPattern();

    [GeneratedRegex("data-testid=\"candidate\"")]
    private static partial Regex CandidatePattern();
}
