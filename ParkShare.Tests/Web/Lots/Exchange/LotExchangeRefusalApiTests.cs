using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParkShare.Core.Data;
using ParkShare.Core.Lots;
using ParkShare.Core.Lots.Exchange;
using ParkShare.Core.Lots.History;
using ParkShare.Tests.Core.Lots.Exchange;
using ParkShare.Tests.Fakes;
using ParkShare.Tests.Support;
using ParkShare.Web.Lots.Exchange;

namespace ParkShare.Tests.Web.Lots.Exchange;

/// <summary>What the exchange API refuses: broken files, huge uploads, and a replace that would remove spaces in use. Nothing is written.</summary>
public sealed class LotExchangeRefusalApiTests : IDisposable
{
    private readonly ParkShareWebFactory _factory = new();

    public static TheoryData<string, string, string> BrokenFeatures => new()
    {
        { LotGeoJson.Section, "level_id", "unknown_level" },
        { LotGeoJson.Unit, "code", "duplicate_code" },
        { LotGeoJson.Level, "name", "control_characters" },
    };

    [Theory]
    [MemberData(nameof(BrokenFeatures))]
    public async Task ImportAsNewLot_BrokenFeature_400NamesTheFeatureNothingWritten(string featureType, string property, string code)
    {
        using var client = await ConsoleSignIn.AdminAsync(_factory);
        var duplicate = JsonNode.Parse(GeoJsonFiles.Demo)!["features"]!.AsArray().First(f => f!["feature_type"]!.GetValue<string>() == LotGeoJson.Unit)!["properties"]!["code"]!.GetValue<string>();
        var (file, index) = GeoJsonFiles.Broken(featureType, f => GeoJsonFiles.Properties(f)[property] = code switch
        {
            "unknown_level" => Guid.NewGuid().ToString(),
            "duplicate_code" => duplicate,
            _ => "B1\u0001",
        }, which: f => featureType != LotGeoJson.Unit || GeoJsonFiles.Properties(f)["code"]!.GetValue<string>() != duplicate);
        var id = JsonNode.Parse(file)!["features"]![index]!["id"]!.GetValue<string>();
        var lots = await LotCountAsync();

        var response = await client.SendAsync(Upload("/api/console/lots/geojson", new ByteArrayContent(file)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("geojson_invalid", problem.GetProperty("code").GetString());
        var message = problem.GetProperty("errors").GetProperty($"features[{index}]")[0].GetString()!;
        Assert.Contains(id, message, StringComparison.Ordinal);
        Assert.Contains(featureType, message, StringComparison.Ordinal);
        Assert.Equal(lots, await LotCountAsync());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ImportAsNewLot_200MegabyteUpload_413WithoutReadingItAll(bool announceLength)
    {
        using var client = await ConsoleSignIn.AdminAsync(_factory);
        var body = new GeneratedContent(200L * 1024 * 1024, announceLength);
        var lots = await LotCountAsync();

        var response = await client.SendAsync(Upload("/api/console/lots/geojson", body, "en"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("geojson_too_large", problem.GetProperty("code").GetString());
        Assert.Contains("20 MB", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.InRange(body.Sent, 0, LotGeoJson.MaxBytes + (4 * 1024 * 1024));
        Assert.Equal(lots, await LotCountAsync());
    }

    [Fact]
    public async Task Replace_RemovesReservedAndOccupiedSpaces_PreviewNamesThem409AndNothingWritten()
    {
        var demo = await DemoLotIdAsync();
        using var client = await ConsoleSignIn.AdminAsync(_factory);
        var root = JsonNode.Parse(await client.GetByteArrayAsync($"/api/console/lots/{demo}/geojson"))!;
        var features = root["features"]!.AsArray();
        var units = features.Where(f => f!["feature_type"]!.GetValue<string>() == LotGeoJson.Unit && f["properties"]!["reservable"]!.GetValue<bool>()).Take(3).ToList();
        var (reserved, parked, free) = (Code(units[0]!), Code(units[1]!), Code(units[2]!));
        await UseSpacesAsync(demo, Guid.Parse(units[0]!["id"]!.GetValue<string>()), parked);
        units.ForEach(u => features.Remove(u));
        var file = Encoding.UTF8.GetBytes(root.ToJsonString());
        var version = await VersionAsync(demo);

        var preview = await client.SendAsync(Upload($"/api/console/lots/{demo}/geojson?preview=true", new ByteArrayContent(file)));
        var replace = await client.SendAsync(Upload($"/api/console/lots/{demo}/geojson?preview=false", new ByteArrayContent(file), "en"));

        var previewed = JsonDocument.Parse(await preview.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("spacesInUse", previewed.GetProperty("status").GetString());
        Assert.Equal(new[] { parked, reserved }.Order(), previewed.GetProperty("spacesInUse").EnumerateArray().Select(c => c.GetString()!).Order());
        Assert.Equal(HttpStatusCode.Conflict, replace.StatusCode);
        var problem = JsonDocument.Parse(await replace.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("lot_spaces_in_use", problem.GetProperty("code").GetString());
        Assert.Contains(reserved, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains(parked, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(free, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(version, await VersionAsync(demo));
        var map = (await _factory.Services.GetRequiredService<LotMapCache>().GetAsync(demo))!;
        Assert.All(new[] { reserved, parked, free }, code => Assert.Contains(map.Spaces, s => s.Code == code));
        await using var db = await Db();
        Assert.DoesNotContain(await db.LotChanges.Where(c => c.LotId == demo).Select(c => c.Kind).ToListAsync(), k => k == LotChangeKind.LotReplaced);
    }

    public void Dispose() => _factory.Dispose();

    private static string Code(JsonNode unit) => unit["properties"]!["code"]!.GetValue<string>();

    /// <summary>A driver reserves one space from tomorrow and another parks on a second one now.</summary>
    private async Task UseSpacesAsync(Guid lotId, Guid reservedSpace, string parkedCode)
    {
        using var first = await DriverAsync();
        var start = DateTimeOffset.UtcNow.AddDays(1);
        var reservation = await first.PostAsJsonAsync("/api/mp/reservations", new { spaceId = reservedSpace, startsAt = start, endsAt = start.AddHours(2) });
        Assert.Equal(HttpStatusCode.Created, reservation.StatusCode);
        using var second = await DriverAsync();
        var record = await second.PostAsJsonAsync("/api/mp/records", new { lotId, position = new { kind = "spaceCode", code = parkedCode } });
        Assert.Equal(HttpStatusCode.Created, record.StatusCode);
    }

    private async Task<HttpClient> DriverAsync()
    {
        var client = _factory.CreateClient();
        var session = await (await client.PostAsJsonAsync("/api/mp/session", new { code = Guid.NewGuid().ToString("N") })).Content.ReadFromJsonAsync<JsonElement>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", session.GetProperty("token").GetString());
        return client;
    }

    private static HttpRequestMessage Upload(string url, HttpContent content, string? language = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(LotGeoJson.MediaType);
        request.Headers.Add(LotGeoJsonUpload.CsrfHeader, "1");
        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        return request;
    }

    private async Task<Guid> DemoLotIdAsync()
    {
        await using var db = await Db();
        return await db.Lots.Select(l => l.Id).FirstAsync();
    }

    private async Task<int> LotCountAsync()
    {
        await using var db = await Db();
        return await db.Lots.CountAsync();
    }

    private async Task<int> VersionAsync(Guid lotId)
    {
        await using var db = await Db();
        return await db.Lots.Where(l => l.Id == lotId).Select(l => l.Version).FirstAsync();
    }

    private Task<ParkShareDbContext> Db() =>
        _factory.Services.GetRequiredService<IDbContextFactory<ParkShareDbContext>>().CreateDbContextAsync();
}
