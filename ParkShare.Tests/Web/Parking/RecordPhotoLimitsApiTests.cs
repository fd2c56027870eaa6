using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using ParkShare.Tests.Fakes;
using ParkShare.Tests.Support;
using ParkShare.Web.Parking;

namespace ParkShare.Tests.Web.Parking;

/// <summary>Oversized photo uploads: always a 413 problem in the request's language, never a 500, nothing stored.</summary>
public sealed class RecordPhotoLimitsApiTests(DemoLotFixture fixture) : IClassFixture<DemoLotFixture>
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Upload_50MegabyteBody_Returns413InTheRequestsLanguage(bool chunked)
    {
        using var driver = await DriverClient.SignInAsync(fixture);
        var id = await RecordPhotosApiTests.ParkAsync(driver, fixture.LotId, chunked ? "B1-C-003" : "B1-C-004");
        var huge = new byte[50 * 1024 * 1024];
        TestImages.Jpeg(8, 8).CopyTo(huge, 0);
        using var form = new MultipartFormDataContent();
        form.Add(chunked ? new ChunkedContent(huge) : new ByteArrayContent(huge), "photo", "huge.jpg");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/mp/records/{id}/photo") { Content = form };
        request.Headers.AcceptLanguage.ParseAdd("en");

        var response = await driver.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("photo_too_large", problem.GetProperty("code").GetString());
        Assert.Equal("The photo must not be larger than 5 MB.", problem.GetProperty("detail").GetString());
        Assert.Empty(RecordPhotosApiTests.PhotoFiles(fixture.Factory, id));
    }

    [Fact]
    public async Task Upload_ServerBodyLimitHitFirst_Returns413InTheRequestsLanguage()
    {
        var limits = new KestrelBodyLimitFilter();
        using var host = fixture.Factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IStartupFilter>(limits)));
        using var driver = host.CreateClient();
        var session = await (await driver.PostAsJsonAsync("/api/mp/session", new { code = Guid.NewGuid().ToString("N") })).Content.ReadFromJsonAsync<JsonElement>();
        driver.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", session.GetProperty("token").GetString());
        var id = await RecordPhotosApiTests.ParkAsync(driver, fixture.LotId, "B1-C-007");
        // Small fields before a photo just under 5 MB: the body passes the endpoint's limit while the
        // photo itself does not, so the server's exception (Kestrel's, faked here) comes first.
        using var form = new MultipartFormDataContent();
        for (var i = 0; i < 6; i++)
        {
            form.Add(new StringContent(new string('x', 15_000)), $"field{i}");
        }

        var photo = new byte[PhotoUpload.MaxPhotoBytes - 1000];
        TestImages.Jpeg(8, 8).CopyTo(photo, 0);
        form.Add(new ChunkedContent(photo), "photo", "car.jpg");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/mp/records/{id}/photo") { Content = form };
        request.Headers.AcceptLanguage.ParseAdd("en");

        var response = await driver.SendAsync(request);

        Assert.Equal(PhotoUpload.MaxRequestBytes, limits.LastLimit);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("photo_too_large", problem.GetProperty("code").GetString());
        Assert.Equal("The photo must not be larger than 5 MB.", problem.GetProperty("detail").GetString());
        Assert.Empty(RecordPhotosApiTests.PhotoFiles(fixture.Factory, id));
    }
}
