using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ParkShare.Tests.Fakes;
using ParkShare.Tests.Support;
using SkiaSharp;

namespace ParkShare.Tests.Web.Parking;

public sealed class RecordPhotosApiTests(DemoLotFixture fixture) : IClassFixture<DemoLotFixture>
{
    [Fact]
    public async Task Upload_JpegWithExifGps_StoresAnUprightJpegWithoutMetadata()
    {
        using var driver = await DriverClient.SignInAsync(fixture);
        var id = await ParkAsync(driver, fixture.LotId, "B1-C-001");

        var response = await driver.PostAsync($"/api/mp/records/{id}/photo", Form(TestImages.JpegWithExif(600, 400, orientation: 6)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var photoUrl = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("photoUrl").GetString()!;
        Assert.StartsWith($"/api/mp/records/{id}/photo?v=", photoUrl, StringComparison.Ordinal);
        Assert.Equal(photoUrl, (await driver.GetFromJsonAsync<JsonElement>($"/api/mp/records/{id}")).GetProperty("photoUrl").GetString());
        var download = await driver.GetAsync(photoUrl);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("image/jpeg", download.Content.Headers.ContentType?.MediaType);
        Assert.True(download.Headers.CacheControl is { Private: true, MaxAge.TotalSeconds: > 0 }, download.Headers.CacheControl?.ToString());
        var jpeg = await download.Content.ReadAsByteArrayAsync();
        Assert.DoesNotContain((byte)0xE1, TestImages.Markers(jpeg));
        Assert.False(TestImages.Contains(jpeg, "Exif"));
        Assert.False(TestImages.Contains(jpeg, TestImages.GpsMapDatum));
        using var bitmap = SKBitmap.Decode(jpeg);
        Assert.Equal((400, 600), (bitmap.Width, bitmap.Height));
        Assert.Equal(jpeg, await File.ReadAllBytesAsync(Path.Combine(fixture.Factory.PhotosPath, $"{id}.jpg")));

        using var revalidate = new HttpRequestMessage(HttpMethod.Get, photoUrl);
        revalidate.Headers.IfNoneMatch.Add(download.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await driver.SendAsync(revalidate)).StatusCode);
    }

    [Fact]
    public async Task Upload_AgainThenDelete_ReplacesTheFileThenRemovesIt()
    {
        using var driver = await DriverClient.SignInAsync(fixture);
        var id = await ParkAsync(driver, fixture.LotId, "B1-C-002");
        var first = await (await driver.PostAsync($"/api/mp/records/{id}/photo", Form(TestImages.Png(320, 200)))).Content.ReadFromJsonAsync<JsonElement>();

        var second = await driver.PostAsync($"/api/mp/records/{id}/photo", Form(TestImages.Jpeg(100, 150)));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var secondUrl = (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("photoUrl").GetString();
        Assert.NotEqual(first.GetProperty("photoUrl").GetString(), secondUrl);
        using (var bitmap = SKBitmap.Decode(await driver.GetByteArrayAsync(secondUrl)))
        {
            Assert.Equal((100, 150), (bitmap.Width, bitmap.Height));
        }

        Assert.Equal([$"{id}.jpg"], PhotoFiles(id));

        Assert.Equal(HttpStatusCode.NoContent, (await driver.DeleteAsync($"/api/mp/records/{id}/photo")).StatusCode);

        Assert.Empty(PhotoFiles(id));
        Assert.Equal(JsonValueKind.Null, (await driver.GetFromJsonAsync<JsonElement>($"/api/mp/records/{id}")).GetProperty("photoUrl").ValueKind);
        Assert.Equal("photo_not_found", await CodeAsync(await driver.GetAsync($"/api/mp/records/{id}/photo")));
        Assert.Equal("photo_not_found", await CodeAsync(await driver.DeleteAsync($"/api/mp/records/{id}/photo")));
    }

    public static TheoryData<string, int, string> BadUploads() => new()
    {
        { "json", 415, "photo_multipart_required" },
        { "no photo field", 400, "photo_required" },
        { "broken multipart", 400, "malformed_multipart" },
        { "empty file", 400, "photo_empty" },
        { "text file", 415, "photo_not_image" },
        { "gif", 415, "photo_not_image" },
        { "truncated jpeg", 415, "photo_not_image" },
        { "45 megapixels", 413, "photo_too_many_pixels" },
    };

    [Theory]
    [MemberData(nameof(BadUploads))]
    public async Task Upload_BadBody_ClearProblemAndNoFile(string what, int status, string code)
    {
        using var driver = await DriverClient.SignInAsync(fixture);
        var id = await ParkAsync(driver, fixture.LotId, $"B1-D-{BadUploads().ToList().FindIndex(row => (string)row[0] == what) + 1:000}");
        HttpContent body = what switch
        {
            "json" => JsonContent.Create(new { photo = "aGVsbG8=" }),
            "no photo field" => new MultipartFormDataContent { { new StringContent("B1-D"), "note" }, { new ByteArrayContent(TestImages.Jpeg(8, 8)), "picture", "car.jpg" } },
            "broken multipart" => new ByteArrayContent("--xyz\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"a.jpg\"\r\n\r\nabc"u8.ToArray())
            {
                Headers = { ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=xyz") },
            },
            "empty file" => Form([]),
            "text file" => Form("just some text"u8.ToArray()),
            "gif" => Form(TestImages.Gif),
            "truncated jpeg" => Form(TestImages.Jpeg(400, 300)[..^200]),
            _ => Form(TestImages.WithClaimedSize(TestImages.Jpeg(64, 64), width: 9000, height: 5000)),
        };

        var response = await driver.PostAsync($"/api/mp/records/{id}/photo", body);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(code, await CodeAsync(response));
        Assert.Equal(JsonValueKind.Null, (await driver.GetFromJsonAsync<JsonElement>($"/api/mp/records/{id}")).GetProperty("photoUrl").ValueKind);
        Assert.Empty(PhotoFiles(id));
    }

    [Fact]
    public async Task Photo_AnotherDriversOrUnknownRecord_Is404AndTheOwnersPhotoStays()
    {
        using var owner = await DriverClient.SignInAsync(fixture);
        using var other = await DriverClient.SignInAsync(fixture);
        var id = await ParkAsync(owner, fixture.LotId, "B1-C-005");
        await owner.PostAsync($"/api/mp/records/{id}/photo", Form(TestImages.Jpeg(50, 50)));

        Assert.Equal("record_not_found", await CodeAsync(await other.PostAsync($"/api/mp/records/{id}/photo", Form(TestImages.Jpeg(60, 60)))));
        Assert.Equal("record_not_found", await CodeAsync(await other.GetAsync($"/api/mp/records/{id}/photo")));
        Assert.Equal("record_not_found", await CodeAsync(await other.DeleteAsync($"/api/mp/records/{id}/photo")));
        Assert.Equal("record_not_found", await CodeAsync(await owner.PostAsync($"/api/mp/records/{Guid.NewGuid()}/photo", Form(TestImages.Jpeg(60, 60)))));
        Assert.Equal("record_not_found", await CodeAsync(await owner.GetAsync("/api/mp/records/not-a-guid/photo")));
        using var anonymous = fixture.Factory.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/mp/records/{id}/photo")).StatusCode);
        using var bitmap = SKBitmap.Decode(await owner.GetByteArrayAsync($"/api/mp/records/{id}/photo"));
        Assert.Equal(50, bitmap.Width);
    }

    [Fact]
    public async Task Upload_EndedRecord_Is409ButTheOldPhotoCanStillBeDeleted()
    {
        using var driver = await DriverClient.SignInAsync(fixture);
        var id = await ParkAsync(driver, fixture.LotId, "B1-C-006");
        await driver.PostAsync($"/api/mp/records/{id}/photo", Form(TestImages.Jpeg(50, 50)));
        await driver.PostAsync($"/api/mp/records/{id}/end", null);

        var response = await driver.PostAsync($"/api/mp/records/{id}/photo", Form(TestImages.Jpeg(70, 70)));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("record_ended_photo", await CodeAsync(response));
        using (var bitmap = SKBitmap.Decode(await driver.GetByteArrayAsync($"/api/mp/records/{id}/photo")))
        {
            Assert.Equal(50, bitmap.Width);
        }

        Assert.Equal(HttpStatusCode.NoContent, (await driver.DeleteAsync($"/api/mp/records/{id}/photo")).StatusCode);
        Assert.Empty(PhotoFiles(id));
    }

    [Fact]
    public async Task OpenApi_PhotoEndpoints_DescribeTheMultipartUploadAndTheJpeg()
    {
        using var client = fixture.Factory.CreateClient();

        var photo = (await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json")).GetProperty("paths").GetProperty("/api/mp/records/{id}/photo");

        var upload = photo.GetProperty("post");
        Assert.Equal("UploadRecordPhoto", upload.GetProperty("operationId").GetString());
        var field = upload.GetProperty("requestBody").GetProperty("content").GetProperty("multipart/form-data").GetProperty("schema").GetProperty("properties").GetProperty("photo");
        Assert.Equal("binary", field.GetProperty("format").GetString());
        Assert.True(upload.GetProperty("responses").TryGetProperty("200", out _));
        Assert.True(upload.GetProperty("responses").GetProperty("413").GetProperty("content").TryGetProperty("application/problem+json", out _));
        Assert.True(photo.GetProperty("get").GetProperty("responses").GetProperty("200").GetProperty("content").TryGetProperty("image/jpeg", out _));
        Assert.True(photo.GetProperty("delete").GetProperty("responses").TryGetProperty("204", out _));
    }

    internal static MultipartFormDataContent Form(byte[] photo)
    {
        var file = new ByteArrayContent(photo);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        return new MultipartFormDataContent { { file, "photo", "car.jpg" } };
    }

    internal static async Task<string> ParkAsync(HttpClient driver, string lotId, string code)
    {
        var response = await driver.PostAsJsonAsync("/api/mp/records", new { lotId, position = new { kind = "spaceCode", code } });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private static async Task<string?> CodeAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString();

    private List<string> PhotoFiles(string recordId) => PhotoFiles(fixture.Factory, recordId);

    /// <summary>Every file of the record in the photo directory, temporary ones included.</summary>
    internal static List<string> PhotoFiles(ParkShareWebFactory factory, string recordId) =>
        Directory.Exists(factory.PhotosPath)
            ? Directory.EnumerateFiles(factory.PhotosPath, $"{recordId}*").Select(f => Path.GetFileName(f)).ToList()
            : [];
}
