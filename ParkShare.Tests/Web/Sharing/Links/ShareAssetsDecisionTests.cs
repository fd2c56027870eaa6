using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SkiaSharp;

namespace ParkShare.Tests.Web.Sharing.Links;

/// <summary>Every asset under /s/{token}/ follows the page's visit decision: behind a PIN, a lock or a used-up limit nothing about the car leaks.</summary>
public sealed class ShareAssetsDecisionTests : IClassFixture<ShareSite>
{
    private const string Pin = "482916";
    private readonly ShareSite _site;

    public ShareAssetsDecisionTests(ShareSite site) => _site = site;

    [Fact]
    public async Task Poster_PinAskedWithoutThePin_HeaderAndSpaceLineCarryNothing()
    {
        var (_, _, token) = await _site.ShareAsync("B2-C-031", new { pin = Pin });
        using var stranger = _site.Phone("198.51.100.131");

        var poster = await stranger.GetAsync($"/s/{token}/poster.png");

        Assert.Equal(HttpStatusCode.OK, poster.StatusCode);
        using var bitmap = SKBitmap.Decode(await poster.Content.ReadAsByteArrayAsync());
        Assert.Equal(0, InkedPixels(bitmap, 0, 300)); // no lot name, no address
        Assert.Equal($"http://localhost:5080/s/{token}", QrScan.Decode(bitmap)?.Text); // the link itself is what the holder already has
    }

    [Fact]
    public async Task Poster_RightPinGiven_ShowsTheLot()
    {
        var (_, _, token) = await _site.ShareAsync("B2-C-032", new { pin = Pin });
        using var friend = _site.Phone("198.51.100.132");
        await SharePageTests.PostAsync(friend, token, "pin", new() { ["Pin"] = Pin });

        using var bitmap = SKBitmap.Decode(await friend.GetByteArrayAsync($"/s/{token}/poster.png"));

        Assert.True(InkedPixels(bitmap, 0, 300) > 2_000);
    }

    [Fact]
    public async Task PosterAndPhoto_LinkLockedAfterTheFriendGaveThePin_RevealNothing()
    {
        var (driver, _, token) = await _site.ShareAsync("B2-C-033", new { pin = Pin, showPhoto = true });
        await UploadPhotoAsync(driver);
        using var friend = _site.Phone("198.51.100.133");
        await SharePageTests.PostAsync(friend, token, "pin", new() { ["Pin"] = Pin });
        Assert.Equal(HttpStatusCode.OK, (await friend.GetAsync($"/s/{token}/photo")).StatusCode);

        // Someone else burns the link's attempts from many addresses: the link locks.
        for (var i = 0; i < 5; i++)
        {
            using var guesser = _site.Phone($"203.0.113.{140 + i}");
            await SharePageTests.PostAsync(guesser, token, "pin", new() { ["Pin"] = "000000" });
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await friend.GetAsync($"/s/{token}")).StatusCode);
        var photo = await friend.GetAsync($"/s/{token}/photo");
        Assert.Equal(HttpStatusCode.Forbidden, photo.StatusCode);
        Assert.Equal("application/problem+json", photo.Content.Headers.ContentType?.MediaType);
        using var bitmap = SKBitmap.Decode(await friend.GetByteArrayAsync($"/s/{token}/poster.png"));
        Assert.Equal(0, InkedPixels(bitmap, 0, 300));
    }

    [Fact]
    public async Task Photo_PinAsked_403ProblemInTheRequestLanguage()
    {
        var (driver, _, token) = await _site.ShareAsync("B2-C-034", new { pin = Pin, showPhoto = true });
        await UploadPhotoAsync(driver);
        using var stranger = _site.Phone("198.51.100.134");
        stranger.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var photo = await stranger.GetAsync($"/s/{token}/photo");

        Assert.Equal(HttpStatusCode.Forbidden, photo.StatusCode);
        var problem = await photo.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("share_pin_required", problem.GetProperty("code").GetString());
        Assert.DoesNotMatch("[\u4e00-\u9fff]", problem.GetProperty("title").GetString()!);
        Assert.DoesNotContain("B2-C-034", await photo.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PhotoAndPoster_ViewLimitUsedUpByAnotherPhone_410()
    {
        var (driver, _, token) = await _site.ShareAsync("B2-C-035", new { maxViews = 1, showPhoto = true });
        await UploadPhotoAsync(driver);
        using var friend = _site.Phone("198.51.100.135");
        Assert.Equal(HttpStatusCode.OK, (await friend.GetAsync($"/s/{token}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await friend.GetAsync($"/s/{token}/photo")).StatusCode); // the page that used the last view still shows its photo

        using var other = _site.Phone("198.51.100.136");
        Assert.Equal(HttpStatusCode.Gone, (await other.GetAsync($"/s/{token}")).StatusCode);
        Assert.Equal(HttpStatusCode.Gone, (await other.GetAsync($"/s/{token}/photo")).StatusCode);
        Assert.Equal(HttpStatusCode.Gone, (await other.GetAsync($"/s/{token}/poster.png")).StatusCode);
    }

    [Fact]
    public async Task Page_ViewLimitThreeAndThirtyConcurrentPhones_ExactlyThreeSeeTheCar()
    {
        var (_, _, token) = await _site.ShareAsync("B2-C-036", new { maxViews = 3 });

        var statuses = await Task.WhenAll(Enumerable.Range(0, 30).Select(async i =>
        {
            using var phone = _site.Phone($"198.51.101.{i + 1}");
            return (await phone.GetAsync($"/s/{token}")).StatusCode;
        }));

        Assert.Equal(3, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(27, statuses.Count(s => s == HttpStatusCode.Gone));
    }

    [Theory]
    [InlineData("1234")]
    [InlineData("12345")]
    public async Task Create_PinShorterThanSixDigits_400(string pin)
    {
        var (driver, share, _) = await _site.ShareAsync("B2-C-037");
        var record = share.GetProperty("recordId").GetString();

        var created = await driver.PostAsJsonAsync("/api/mp/shares", new { recordId = record, pin });

        Assert.Equal(HttpStatusCode.BadRequest, created.StatusCode);
        Assert.Equal("share_pin_invalid", (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    private static async Task UploadPhotoAsync(HttpClient driver)
    {
        using var bitmap = new SKBitmap(64, 48);
        bitmap.Erase(SKColors.OrangeRed);
        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 80);
        using var content = new MultipartFormDataContent { { new ByteArrayContent(data.ToArray()) { Headers = { ContentType = new("image/jpeg") } }, "photo", "car.jpg" } };
        var current = await driver.GetFromJsonAsync<JsonElement>("/api/mp/records/current");
        var response = await driver.PostAsync($"/api/mp/records/{current.GetProperty("id").GetString()}/photo", content);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Pixels in the band that differ from the band's top-left colour: 0 when the band is plain.</summary>
    private static int InkedPixels(SKBitmap bitmap, int top, int bottom)
    {
        var plain = bitmap.GetPixel(0, top);
        var count = 0;
        for (var y = top; y < bottom; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                count += bitmap.GetPixel(x, y) == plain ? 0 : 1;
            }
        }

        return count;
    }
}
