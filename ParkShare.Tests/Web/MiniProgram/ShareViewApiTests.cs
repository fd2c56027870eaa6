using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ParkShare.Tests.Support;

namespace ParkShare.Tests.Web.MiniProgram;

/// <summary>POST /api/mp/share-view: a friend's view in the mini-program, under the same visit decision as /s/{token}.</summary>
public sealed class ShareViewApiTests(DemoLotFixture fixture) : IClassFixture<DemoLotFixture>
{
    [Theory]
    [InlineData("{\"token\":\"junk!!\"}")]
    [InlineData("{\"token\":\"AAAAAAAAAAAAAAAAAAAAAA\"}")]
    [InlineData("{\"token\":\"\"}")]
    [InlineData("{}")]
    public async Task View_JunkToken_404ProblemInTheRequestLanguage(string body)
    {
        using var anonymous = fixture.Factory.CreateClient();
        anonymous.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var response = await anonymous.PostAsync("/api/mp/share-view", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("share_not_found", problem.GetProperty("code").GetString());
        Assert.Equal("There is no such share link.", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("{\"token\":", HttpStatusCode.BadRequest, "malformed_json")]
    [InlineData("[1]", HttpStatusCode.BadRequest, "malformed_json")]
    public async Task View_MalformedBody_400(string body, HttpStatusCode status, string code)
    {
        using var anonymous = fixture.Factory.CreateClient();

        var response = await anonymous.PostAsync("/api/mp/share-view", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(code, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task View_WithPin_AsksThenRefusesAWrongPinThenShowsTheCarCountingOneView()
    {
        using var driver = await DriverClient.SignInAsync(fixture);
        var (shareId, token) = await ShareAsync(driver, "B1-B-011", new { pin = "246813" });
        using var friend = fixture.Factory.CreateClient();

        var asked = await friend.PostAsJsonAsync("/api/mp/share-view", new { token });
        var wrong = await friend.PostAsJsonAsync("/api/mp/share-view", new { token, pin = "111111" });
        var right = await friend.PostAsJsonAsync("/api/mp/share-view", new { token, pin = "246813" });

        Assert.Equal("pin", (await asked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        Assert.Equal("share_pin_wrong", (await wrong.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        var view = await right.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("car", view.GetProperty("status").GetString());
        var car = view.GetProperty("car");
        Assert.Equal("B1-B-011", car.GetProperty("spaceCode").GetString());
        Assert.Equal("B1", car.GetProperty("position").GetProperty("level").GetProperty("name").GetString());
        Assert.NotEmpty(car.GetProperty("position").GetProperty("route").GetProperty("steps").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, car.GetProperty("plate").ValueKind);
        Assert.Equal(1, (await driver.GetFromJsonAsync<JsonElement>($"/api/mp/shares/{shareId}")).GetProperty("views").GetInt32());
    }

    [Fact]
    public async Task View_SharesTheViewLimitWithTheSharePage_ThirdVisitIs410()
    {
        using var driver = await DriverClient.SignInAsync(fixture);
        var (id, token) = await ShareAsync(driver, "B1-B-012", new { maxViews = 2 });
        using var friend = fixture.Factory.CreateClient();

        var page = await friend.GetAsync($"/s/{token}");
        var inApp = await friend.PostAsJsonAsync("/api/mp/share-view", new { token });
        // The views are counted in the database before the car is shown: the third visit, straight after, is refused.
        var third = await friend.PostAsJsonAsync("/api/mp/share-view", new { token });

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, inApp.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, third.StatusCode);
        Assert.Equal("share_gone", (await third.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task View_RevokedLink_410()
    {
        using var driver = await DriverClient.SignInAsync(fixture);
        var (shareId, token) = await ShareAsync(driver, "B1-B-013", new { });
        await driver.DeleteAsync($"/api/mp/shares/{shareId}");
        using var friend = fixture.Factory.CreateClient();

        var response = await friend.PostAsJsonAsync("/api/mp/share-view", new { token });

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
    }

    [Fact]
    public async Task PickedUp_EndsTheRecordAndTheLink_PinRequiredFirst()
    {
        using var driver = await DriverClient.SignInAsync(fixture);
        var (_, token) = await ShareAsync(driver, "B1-B-014", new { pin = "864213" });
        using var friend = fixture.Factory.CreateClient();

        var withoutPin = await friend.PostAsJsonAsync("/api/mp/share-view/picked-up", new { token });
        var done = await friend.PostAsJsonAsync("/api/mp/share-view/picked-up", new { token, pin = "864213" });
        var after = await friend.PostAsJsonAsync("/api/mp/share-view", new { token, pin = "864213" });

        Assert.Equal(HttpStatusCode.Forbidden, withoutPin.StatusCode);
        Assert.Equal("share_pin_required", (await withoutPin.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.NoContent, done.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, after.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await driver.GetAsync("/api/mp/records/current")).StatusCode);
    }

    [Fact]
    public async Task View_PinLinkWithPhoto_PhotoUrlCarriesAPinProofThatOnlyOpensThisLinksPhoto()
    {
        using var driver = await DriverClient.SignInAsync(fixture);
        using var another = await DriverClient.SignInAsync(fixture);
        var (_, token) = await ShareAsync(driver, "B1-B-016", new { pin = "357159", showPhoto = true });
        var (_, other) = await ShareAsync(another, "B1-B-017", new { pin = "951753", showPhoto = true });
        await UploadPhotoAsync(driver);
        using var friend = fixture.Factory.CreateClient();

        var car = await (await friend.PostAsJsonAsync("/api/mp/share-view", new { token, pin = "357159" })).Content.ReadFromJsonAsync<JsonElement>();
        var photoUrl = new Uri(car.GetProperty("car").GetProperty("photoUrl").GetString()!);
        var proof = System.Web.HttpUtility.ParseQueryString(photoUrl.Query)["proof"]!;
        var photo = await friend.GetAsync(photoUrl.PathAndQuery);
        var bare = await friend.GetAsync(photoUrl.AbsolutePath);
        var tampered = await friend.GetAsync($"{photoUrl.AbsolutePath}?proof={Uri.EscapeDataString(proof[..^2] + "AA")}");
        var elsewhere = await friend.GetAsync($"/s/{other}/photo?proof={Uri.EscapeDataString(proof)}");

        Assert.Equal($"/s/{token}/photo", photoUrl.AbsolutePath);
        Assert.Equal((HttpStatusCode.OK, "image/jpeg"), (photo.StatusCode, photo.Content.Headers.ContentType?.MediaType));
        Assert.Equal(
            (HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
            (bare.StatusCode, tampered.StatusCode, elsewhere.StatusCode));
    }

    private static async Task UploadPhotoAsync(HttpClient driver)
    {
        using var bitmap = new SkiaSharp.SKBitmap(64, 48);
        bitmap.Erase(SkiaSharp.SKColors.OrangeRed);
        using var data = bitmap.Encode(SkiaSharp.SKEncodedImageFormat.Jpeg, 80);
        using var content = new MultipartFormDataContent { { new ByteArrayContent(data.ToArray()) { Headers = { ContentType = new("image/jpeg") } }, "photo", "car.jpg" } };
        var current = await driver.GetFromJsonAsync<JsonElement>("/api/mp/records/current");
        var response = await driver.PostAsync($"/api/mp/records/{current.GetProperty("id").GetString()}/photo", content);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    internal async Task<(string Id, string Token)> ShareAsync(HttpClient driver, string space, object options)
    {
        var parked = await driver.PostAsJsonAsync("/api/mp/records", new { lotId = fixture.LotId, position = new { kind = "spaceCode", code = space } });
        Assert.Equal(HttpStatusCode.Created, parked.StatusCode);
        var recordId = (await parked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var body = JsonSerializer.SerializeToNode(options)!.AsObject();
        body["recordId"] = recordId;
        var created = await driver.PostAsJsonAsync("/api/mp/shares", body);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var share = await created.Content.ReadFromJsonAsync<JsonElement>();
        return (share.GetProperty("id").GetString()!, share.GetProperty("url").GetString()!.Split('/')[^1]);
    }
}
