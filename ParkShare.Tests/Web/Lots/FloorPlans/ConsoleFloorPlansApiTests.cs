using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParkShare.Core.Data;
using ParkShare.Core.Lots.FloorPlans;
using ParkShare.Core.Lots.History;
using ParkShare.Tests.Fakes;
using ParkShare.Tests.Support;
using ParkShare.Tests.Web.Parking;

namespace ParkShare.Tests.Web.Lots.FloorPlans;

public sealed class ConsoleFloorPlansApiTests : IDisposable
{
    private readonly ParkShareWebFactory _factory = new();

    [Fact]
    public async Task Get_Anonymous_401()
    {
        var (_, levelId, _) = await UploadAsync();
        using var client = ConsoleSignIn.NewClient(_factory);

        var response = await client.GetAsync($"/api/console/levels/{levelId}/floorplan");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Get_OperatorOfAnotherLot_404LikeNoFloorPlan()
    {
        var (_, levelId, _) = await UploadAsync();
        using var client = await ConsoleSignIn.OperatorAsync(_factory, "other@parkshare.local");
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var response = await client.GetAsync($"/api/console/levels/{levelId}/floorplan");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("floor_plan_not_found", problem.GetProperty("code").GetString());
        Assert.Equal("This level has no floor plan.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Get_OperatorOfTheLot_ImageWithETagAnd304OnRevalidation()
    {
        var (lotId, levelId, image) = await UploadAsync();
        using var client = await ConsoleSignIn.OperatorAsync(_factory, "b2@parkshare.local", lotId);

        var response = await client.GetAsync($"/api/console/levels/{levelId}/floorplan");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(image.Bytes, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal($"\"{image.Hash()}\"", response.Headers.ETag?.Tag);
        var cache = response.Headers.CacheControl!;
        Assert.True(cache.Private && cache.NoCache, cache.ToString());

        using var again = new HttpRequestMessage(HttpMethod.Get, $"/api/console/levels/{levelId}/floorplan");
        again.Headers.IfNoneMatch.Add(new EntityTagHeaderValue($"\"{image.Hash()}\""));
        var revalidated = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Empty(await revalidated.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Get_VersionedAddress_CachedAsImmutable()
    {
        var (_, levelId, image) = await UploadAsync();
        using var client = await ConsoleSignIn.AdminAsync(_factory);

        var response = await client.GetAsync($"/api/console/levels/{levelId}/floorplan?v={image.Hash()}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cache = response.Headers.CacheControl!;
        Assert.True(cache.Private && !cache.NoCache, cache.ToString());
        Assert.Equal(TimeSpan.FromDays(365), cache.MaxAge);
        Assert.Contains(cache.Extensions, e => e.Name == "immutable");
    }

    [Fact]
    public async Task Get_LevelWithoutFloorPlanOrBadId_404()
    {
        var levelId = await DemoLevelIdAsync();
        using var client = await ConsoleSignIn.AdminAsync(_factory);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/console/levels/{levelId}/floorplan")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/console/levels/not-a-guid/floorplan")).StatusCode);
    }

    public void Dispose() => _factory.Dispose();

    private async Task<(Guid LotId, Guid LevelId, FloorPlanImage Image)> UploadAsync()
    {
        var levelId = await DemoLevelIdAsync();
        await using var db = await Db();
        var lotId = await db.Levels.Where(l => l.Id == levelId).Select(l => l.LotId).SingleAsync();
        var image = new FloorPlanImage(TestImages.Png(120, 80), FloorPlanImage.Png, 120, 80);
        var outcome = await _factory.Services.GetRequiredService<FloorPlanService>()
            .UploadAsync(new ConsoleActor("test", "Test"), lotId, levelId, image);
        Assert.True(outcome.Succeeded);
        return (lotId, levelId, image);
    }

    private async Task<Guid> DemoLevelIdAsync()
    {
        await using var db = await Db();
        return await db.Levels.OrderBy(l => l.Ordinal).Select(l => l.Id).FirstAsync();
    }

    private Task<ParkShareDbContext> Db() =>
        _factory.Services.GetRequiredService<IDbContextFactory<ParkShareDbContext>>().CreateDbContextAsync();
}
