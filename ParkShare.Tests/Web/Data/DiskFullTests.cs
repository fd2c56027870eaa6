using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using ParkShare.Tests.Fakes;
using ParkShare.Tests.Support;
using ParkShare.Tests.Web.Parking;

namespace ParkShare.Tests.Web.Data;

/// <summary>
/// A running host whose data folder (its SQLite file and its photos) is a small file system of its own
/// that fills up for real: writes answer a clear 503, nothing is corrupt or half-written, and writes
/// work again once space is back, without a restart. SQLite on both test passes: the disk is the file's.
/// </summary>
public sealed class DiskFullTests : IDisposable
{
    private readonly SmallDisk _disk = SmallDisk.Mount(megabytes: 32);
    private readonly ParkShareWebFactory _factory;

    public DiskFullTests()
    {
        _factory = new ParkShareWebFactory();
        _factory.Settings["Database:Provider"] = "Sqlite";
        _factory.Settings["ConnectionStrings:ParkShare"] = $"Data Source={DatabasePath}";
        _factory.Settings["Photos:Directory"] = PhotosPath;
    }

    private string DatabasePath => Path.Combine(_disk.Path, "parkshare.db");

    private string PhotosPath => Path.Combine(_disk.Path, "photos");

    [Fact]
    public async Task Park_DiskFillsUnderARunningHost_503ProblemNothingCorruptAndRecoversWithoutRestart()
    {
        var (driver, lotId) = await SignInAsync();
        var acknowledged = new List<string>();
        _disk.Fill();

        HttpResponseMessage? refused = null;
        Func<Task<HttpResponseMessage>>? again = null;
        for (var i = 0; i < 400 && refused is null; i++)
        {
            var n = i;
            again = () => ParkAsync(driver, lotId, $"B1-A-{n % 20 + 1:000}", n);
            var park = await again();
            if (park.StatusCode != HttpStatusCode.Created)
            {
                refused = park;
                break;
            }

            var id = (await park.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
            acknowledged.Add(id);
            again = () => driver.PostAsync($"/api/mp/records/{id}/end", null);
            var end = await again();
            if (end.StatusCode != HttpStatusCode.OK)
            {
                refused = end;
            }
        }

        Assert.NotNull(refused);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal("database_unavailable", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.True(refused.Headers.RetryAfter is not null);
        Assert.Equal("ok", IntegrityCheck());
        foreach (var id in acknowledged)
        {
            Assert.Equal(HttpStatusCode.OK, (await driver.GetAsync($"/api/mp/records/{id}")).StatusCode);
        }

        _disk.Free();

        // The refused request again (an end, or a park), then a whole new record: the same host, no restart.
        var retried = await again!();
        Assert.True(retried.IsSuccessStatusCode, $"{(int)retried.StatusCode} {await retried.Content.ReadAsStringAsync()}");
        var current = await driver.GetAsync("/api/mp/records/current");
        if (current.StatusCode == HttpStatusCode.OK)
        {
            var currentId = (await current.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
            Assert.Equal(HttpStatusCode.OK, (await driver.PostAsync($"/api/mp/records/{currentId}/end", null)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Created, (await ParkAsync(driver, lotId, "B1-B-001", 999)).StatusCode);
        Assert.Equal("ok", IntegrityCheck());
    }

    [Fact]
    public async Task UploadPhoto_DiskFull_503StorageFullAndNoFileOrRowLeftThenStoredOnceSpaceIsBack()
    {
        var (driver, lotId) = await SignInAsync();
        var park = await ParkAsync(driver, lotId, "B1-C-010", 0);
        Assert.Equal(HttpStatusCode.Created, park.StatusCode);
        var id = (await park.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var photo = TestImages.Jpeg(1600, 1200);
        _disk.Fill();

        var refused = await driver.PostAsync($"/api/mp/records/{id}/photo", RecordPhotosApiTests.Form(photo));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal("storage_full", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.True(refused.Headers.RetryAfter is not null);
        Assert.Empty(PhotoFiles(id));
        Assert.Equal(JsonValueKind.Null, (await driver.GetFromJsonAsync<JsonElement>($"/api/mp/records/{id}")).GetProperty("photoUrl").ValueKind);
        Assert.Equal("ok", IntegrityCheck());

        _disk.Free();
        var stored = await driver.PostAsync($"/api/mp/records/{id}/photo", RecordPhotosApiTests.Form(photo));

        Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
        Assert.Equal([$"{id}.jpg"], PhotoFiles(id));
    }

    public void Dispose()
    {
        _factory.Dispose();
        SqliteConnection.ClearAllPools();
        _disk.Dispose();
    }

    private async Task<(HttpClient Driver, string LotId)> SignInAsync()
    {
        var driver = _factory.CreateClient();
        var session = await (await driver.PostAsJsonAsync("/api/mp/session", new { code = Guid.NewGuid().ToString("N") })).Content.ReadFromJsonAsync<JsonElement>();
        driver.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", session.GetProperty("token").GetString());
        var lots = await driver.GetFromJsonAsync<JsonElement>("/api/mp/lots");
        return (driver, lots.GetProperty("items")[0].GetProperty("id").GetString()!);
    }

    private static Task<HttpResponseMessage> ParkAsync(HttpClient driver, string lotId, string code, int n) =>
        driver.PostAsJsonAsync("/api/mp/records", new { lotId, position = new { kind = "spaceCode", code }, note = $"disk-full write {n} " + new string('x', 400) });

    private string IntegrityCheck()
    {
        using var db = new SqliteConnection($"Data Source={DatabasePath};Mode=ReadOnly;Pooling=False");
        db.Open();
        using var command = db.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return command.ExecuteScalar()?.ToString() ?? string.Empty;
    }

    private List<string> PhotoFiles(string recordId) =>
        Directory.Exists(PhotosPath) ? [.. Directory.EnumerateFiles(PhotosPath, $"{recordId}*").Select(f => Path.GetFileName(f))] : [];
}
