using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ParkShare.Tests.Fakes;
using ParkShare.Tests.Web.Parking;

namespace ParkShare.Tests.Web.Imaging;

/// <summary>Photo uploads are rate-limited per driver (Imaging:UploadsPerDriverPerMinute), before the body is read.</summary>
public sealed class UploadLimitsApiTests : IDisposable
{
    private readonly ParkShareWebFactory _factory = new() { Settings = { ["Imaging:UploadsPerDriverPerMinute"] = "2" } };

    [Fact]
    public async Task Upload_ThirdInAMinuteByOneDriver_429InTheRequestsLanguageWhileAnotherDriverStillUploads()
    {
        using var first = await SignInAsync();
        using var second = await SignInAsync();
        var lot = (await first.GetFromJsonAsync<JsonElement>("/api/mp/lots")).GetProperty("items")[0].GetProperty("id").GetString()!;
        var firstRecord = await RecordPhotosApiTests.ParkAsync(first, lot, "B3-A-001");
        var secondRecord = await RecordPhotosApiTests.ParkAsync(second, lot, "B3-A-002");

        Assert.Equal(HttpStatusCode.OK, (await UploadAsync(first, firstRecord)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await UploadAsync(first, firstRecord)).StatusCode);
        var third = await UploadAsync(first, firstRecord);

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal("application/problem+json", third.Content.Headers.ContentType?.MediaType);
        Assert.True(third.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        var problem = await third.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("rate_limited", problem.GetProperty("code").GetString());
        Assert.Equal("Too many requests; try again later.", problem.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, (await UploadAsync(second, secondRecord)).StatusCode);
    }

    public void Dispose() => _factory.Dispose();

    private async Task<HttpClient> SignInAsync()
    {
        var client = _factory.CreateClient();
        var session = await (await client.PostAsJsonAsync("/api/mp/session", new { code = Guid.NewGuid().ToString("N") })).Content.ReadFromJsonAsync<JsonElement>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", session.GetProperty("token").GetString());
        return client;
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient driver, string recordId)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(TestImages.Jpeg(64, 48)), "photo", "car.jpg");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/mp/records/{recordId}/photo") { Content = form };
        request.Headers.AcceptLanguage.ParseAdd("en");
        return await driver.SendAsync(request);
    }
}
