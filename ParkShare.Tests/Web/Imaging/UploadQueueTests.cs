using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ParkShare.Tests.Support;
using ParkShare.Tests.Web.Mobile;
using ParkShare.Tests.Web.Parking;
using ParkShare.Web.Imaging;

namespace ParkShare.Tests.Web.Imaging;

/// <summary>
/// With every decode slot taken and no room in their queue (Imaging:MaxQueuedDecodes), a photo upload is refused at
/// once: 503 uploads_busy with Retry-After on the API, a clear message on /m; nothing is stored, and it goes through
/// once a slot is free.
/// </summary>
public sealed class UploadQueueTests : IAsyncLifetime
{
    private readonly DemoLotFixture _fixture = new();

    public UploadQueueTests()
    {
        _fixture.Factory.Settings["Imaging:MaxConcurrentDecodes"] = "1";
        _fixture.Factory.Settings["Imaging:MaxQueuedDecodes"] = "0";
    }

    [Theory]
    [InlineData("en", "Too many pictures are being processed right now; try again in a few seconds.")]
    [InlineData("zh-CN", "正在处理的图片过多，请几秒后再试。")]
    public async Task UploadPhoto_DecodersAndQueueFull_503UploadsBusyAtOnceThenTakenWhenASlotIsFree(string language, string detail)
    {
        using var driver = await DriverClient.SignInAsync(_fixture);
        var id = await RecordPhotosApiTests.ParkAsync(driver, _fixture.LotId, language == "en" ? "B1-C-011" : "B1-C-012");
        using var release = new ManualResetEventSlim();
        var held = HoldTheOnlySlot(release);

        var refused = await UploadAsync(driver, id, language);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromSeconds(10), refused.Headers.RetryAfter?.Delta);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("uploads_busy", problem.GetProperty("code").GetString());
        Assert.Equal(detail, problem.GetProperty("detail").GetString());
        Assert.Equal(503, problem.GetProperty("status").GetInt32());
        Assert.Equal(JsonValueKind.Null, (await driver.GetFromJsonAsync<JsonElement>($"/api/mp/records/{id}")).GetProperty("photoUrl").ValueKind);

        release.Set();
        Assert.True(await held);
        Assert.Equal(HttpStatusCode.OK, (await UploadAsync(driver, id, language)).StatusCode);
    }

    [Fact]
    public async Task CarPhotoForm_DecodersAndQueueFull_ClearMessageAndNothingStored()
    {
        using var phone = await MobileClient.SignInAsync(_fixture);
        var parked = await phone.PostFormAsync("/m/park", "park", new() { ["Lot"] = _fixture.LotId, ["Kind"] = "spaceCode", ["Code"] = "B2-D-041" });
        Assert.Equal("/m/car?done=parked", MobileClient.Target(parked));
        using var release = new ManualResetEventSlim();
        var held = HoldTheOnlySlot(release);

        var upload = await phone.PostFileAsync("/m/car", "photo", "Photo", TestImages.Jpeg(64, 48), "spot.jpg", "image/jpeg");

        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        var html = await upload.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"m-error\"", html, StringComparison.Ordinal);
        Assert.Contains("正在处理的图片过多，请几秒后再试。", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"car-photo\"", await phone.PageAsync("/m/car"), StringComparison.Ordinal);
        release.Set();
        Assert.True(await held);
    }

    public Task InitializeAsync() => _fixture.InitializeAsync();

    public Task DisposeAsync() => _fixture.DisposeAsync();

    /// <summary>A decode that keeps the host's only slot until <paramref name="release"/> is set.</summary>
    private Task<bool> HoldTheOnlySlot(ManualResetEventSlim release)
    {
        var gate = _fixture.Factory.Services.GetRequiredService<ImageDecodeGate>();
        var held = gate.RunAsync(() => release.Wait(TimeSpan.FromMinutes(1)), () => false, CancellationToken.None);
        Assert.False(gate.HasRoom);
        return held;
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient driver, string recordId, string language)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(TestImages.Jpeg(64, 48)), "photo", "car.jpg");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/mp/records/{recordId}/photo") { Content = form };
        request.Headers.AcceptLanguage.ParseAdd(language);
        return await driver.SendAsync(request);
    }
}
