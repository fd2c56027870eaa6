using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParkShare.Core.Data;
using ParkShare.Core.Lots;
using ParkShare.Core.Lots.Exchange;
using ParkShare.Core.Lots.History;
using ParkShare.Core.Refinement;
using ParkShare.Tests.Fakes;
using ParkShare.Tests.Support;

namespace ParkShare.Tests.Web.Lots.Exchange;

public sealed class LotExchangeApiTests : IDisposable
{
    private readonly ParkShareWebFactory _factory = new();

    [Fact]
    public async Task Export_Anonymous_401()
    {
        using var client = ConsoleSignIn.NewClient(_factory);

        var response = await client.GetAsync($"/api/console/lots/{await DemoLotIdAsync()}/geojson");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ExportAndImport_OperatorOfAnotherLot_404()
    {
        var demo = await DemoLotIdAsync();
        using var client = await ConsoleSignIn.OperatorAsync(_factory, "other@parkshare.local");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/console/lots/{demo}/geojson")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(Upload($"/api/console/lots/{demo}/geojson?preview=true", [1]))).StatusCode);
    }

    [Fact]
    public async Task ImportAsNewLot_ExportedDemoLot_SameCoordinatesAndRoutes()
    {
        var demo = await DemoLotIdAsync();
        using var client = await ConsoleSignIn.AdminAsync(_factory);
        var export = await client.GetAsync($"/api/console/lots/{demo}/geojson");
        Assert.Equal(LotGeoJson.MediaType, export.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith(".geojson", export.Content.Headers.ContentDisposition?.FileName, StringComparison.Ordinal);

        var response = await client.SendAsync(Upload("/api/console/lots/geojson", await export.Content.ReadAsByteArrayAsync()));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = Guid.Parse(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!);
        var maps = _factory.Services.GetRequiredService<LotMapCache>();
        var (before, after) = ((await maps.GetAsync(demo))!, (await maps.GetAsync(created))!);
        var refiner = new PositionRefiner();
        foreach (var space in before.Spaces.Where((_, i) => i % 17 == 0))
        {
            var a = refiner.Refine(before, new SpaceCodePosition(space.Code)).Position!;
            var b = refiner.Refine(after, new SpaceCodePosition(space.Code)).Position!;
            Assert.True(a.Local.DistanceTo(b.Local) < 0.01, space.Code);
            Assert.InRange(Math.Abs(a.Route!.DistanceMeters - b.Route!.DistanceMeters), 0, 0.1 + 1e-9);
        }

        Assert.Contains((await HistoryAsync(created)), c => c.Kind == LotChangeKind.LotImported);
    }

    [Fact]
    public async Task ImportAsNewLot_SelfIntersectingSpace_400NamesTheFeatureNothingWritten()
    {
        await DemoLotIdAsync();
        using var client = await ConsoleSignIn.AdminAsync(_factory);
        var (file, index) = Core.Lots.Exchange.GeoJsonFiles.Broken(LotGeoJson.Unit, f =>
        {
            var ring = f["geometry"]!["coordinates"]![0]!.AsArray();
            (ring[1], ring[2]) = (ring[2]!.DeepClone(), ring[1]!.DeepClone());
        });
        var id = JsonNode.Parse(file)!["features"]![index]!["id"]!.GetValue<string>();
        var lots = await LotCountAsync();

        var response = await client.SendAsync(Upload("/api/console/lots/geojson", file, "en"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("geojson_invalid", problem.GetProperty("code").GetString());
        var message = problem.GetProperty("errors").GetProperty($"features[{index}]")[0].GetString()!;
        Assert.Contains(id, message, StringComparison.Ordinal);
        Assert.Contains("crosses itself", message, StringComparison.Ordinal);
        Assert.Equal(lots, await LotCountAsync());
    }

    [Theory]
    [InlineData("not json at all", "file")]
    [InlineData("{\"type\":\"Feature\"}", "file")]
    public async Task ImportAsNewLot_NotALotFile_400(string body, string key)
    {
        using var client = await ConsoleSignIn.AdminAsync(_factory);

        var response = await client.SendAsync(Upload("/api/console/lots/geojson", Encoding.UTF8.GetBytes(body)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").TryGetProperty(key, out _));
    }

    [Fact]
    public async Task ImportAsNewLot_WithoutCsrfHeaderOrTooLarge_Refused()
    {
        using var client = await ConsoleSignIn.AdminAsync(_factory);
        var request = Upload("/api/console/lots/geojson", GeoJsonFilesDemo());
        request.Headers.Remove(ParkShare.Web.Lots.Exchange.LotGeoJsonUpload.CsrfHeader);

        Assert.Equal(HttpStatusCode.BadRequest, (await client.SendAsync(request)).StatusCode);

        var huge = new HttpRequestMessage(HttpMethod.Post, "/api/console/lots/geojson") { Content = new ChunkedContent(new byte[(int)LotGeoJson.MaxBytes + 100_000]) };
        huge.Content.Headers.ContentType = new MediaTypeHeaderValue(LotGeoJson.MediaType);
        huge.Headers.Add(ParkShare.Web.Lots.Exchange.LotGeoJsonUpload.CsrfHeader, "1");
        var response = await client.SendAsync(huge);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("geojson_too_large", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Replace_PreviewThenReplace_CountsThenAtomicReplaceKeepingIds()
    {
        var demo = await DemoLotIdAsync();
        using var client = await ConsoleSignIn.AdminAsync(_factory);
        var root = JsonNode.Parse(await client.GetByteArrayAsync($"/api/console/lots/{demo}/geojson"))!;
        var features = root["features"]!.AsArray();
        var units = features.Where(f => f!["feature_type"]!.GetValue<string>() == LotGeoJson.Unit).ToList();
        var removed = units[0]!["properties"]!["code"]!.GetValue<string>();
        var kept = Guid.Parse(units[2]!["id"]!.GetValue<string>());
        features.Remove(units[0]);
        units[1]!["properties"]!["label"] = "RENAMED";
        var file = Encoding.UTF8.GetBytes(root.ToJsonString());
        var version = await VersionAsync(demo);

        var preview = JsonDocument.Parse(await (await client.SendAsync(Upload($"/api/console/lots/{demo}/geojson?preview=true", file))).Content.ReadAsStringAsync()).RootElement;

        Assert.Equal("previewed", preview.GetProperty("status").GetString());
        var spaces = preview.GetProperty("changes").GetProperty("spaces");
        Assert.Equal((0, 1, 1), (spaces.GetProperty("added").GetInt32(), spaces.GetProperty("changed").GetInt32(), spaces.GetProperty("removed").GetInt32()));
        Assert.Equal(version, await VersionAsync(demo));

        var replace = await client.SendAsync(Upload($"/api/console/lots/{demo}/geojson?preview=false", file));

        Assert.Equal(HttpStatusCode.OK, replace.StatusCode);
        Assert.Equal(version + 1, await VersionAsync(demo));
        var map = (await _factory.Services.GetRequiredService<LotMapCache>().GetAsync(demo))!;
        Assert.DoesNotContain(map.Spaces, s => s.Code == removed);
        Assert.NotNull(map.Space(kept));
        Assert.Contains(await HistoryAsync(demo), c => c.Kind == LotChangeKind.LotReplaced);
    }

    public void Dispose() => _factory.Dispose();

    private static byte[] GeoJsonFilesDemo() => Core.Lots.Exchange.GeoJsonFiles.Demo;

    private static HttpRequestMessage Upload(string url, byte[] body, string? language = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(LotGeoJson.MediaType);
        request.Headers.Add(ParkShare.Web.Lots.Exchange.LotGeoJsonUpload.CsrfHeader, "1");
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

    private async Task<List<LotChange>> HistoryAsync(Guid lotId)
    {
        await using var db = await Db();
        return await db.LotChanges.Where(c => c.LotId == lotId).ToListAsync();
    }

    private Task<ParkShareDbContext> Db() =>
        _factory.Services.GetRequiredService<IDbContextFactory<ParkShareDbContext>>().CreateDbContextAsync();
}
