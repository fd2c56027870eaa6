using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParkShare.Core.Data;
using ParkShare.Core.Lots;
using ParkShare.Tests.Support;

namespace ParkShare.Tests.Web.Lots;

/// <summary>Adds lots of its own, so it runs on a host of its own (the demo lot is the only lot elsewhere).</summary>
public sealed class LotPagingTests(DemoLotFixture fixture) : IClassFixture<DemoLotFixture>
{
    private const double Lat = 30.5;
    private const double Lng = 114.3;

    [Fact]
    public async Task List_WalkAllPagesWhileInserting_EveryLotOnceNoDuplicates()
    {
        await AddLotsAsync("walk", Enumerable.Range(1, 6).Select(i => (10.0 + i, 100.0)).ToArray());
        using var client = fixture.Factory.CreateClient();
        var before = await AllIdsAsync(client);

        var seen = new List<string>();
        string? cursor = null;
        do
        {
            var page = await client.GetFromJsonAsync<JsonElement>($"/api/mp/lots?limit=2{Cursor(cursor)}");
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(l => l.GetProperty("id").GetString()!));
            await AddLotsAsync("inserted", (20, 100));
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);

        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.All(before, id => Assert.Single(seen, id));
    }

    [Fact]
    public async Task List_NearAPoint_NearestFirstWithDistance_PagedWithoutGapsWhileInserting()
    {
        var near = await AddLotsAsync("near", [(Lat + 0.003, Lng), (Lat + 0.001, Lng), (Lat + 0.002, Lng), (Lat + 0.001, Lng)]);
        using var client = fixture.Factory.CreateClient();

        var items = new List<JsonElement>();
        string? cursor = null;
        do
        {
            var page = await client.GetFromJsonAsync<JsonElement>($"/api/mp/lots?lat={Lat}&lng={Lng}&limit=1{Cursor(cursor)}");
            items.AddRange(page.GetProperty("items").EnumerateArray());
            if (items.Count == 2)
            {
                await AddLotsAsync("far", (Lat + 0.0025, Lng), (Lat + 0.0005, Lng));
            }

            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);

        var distances = items.Select(i => i.GetProperty("distanceMeters").GetDouble()).ToList();
        var ids = items.Select(i => Guid.Parse(i.GetProperty("id").GetString()!)).ToList();
        Assert.Equal(distances.Order(), distances);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(near, id => Assert.Single(ids, id));
        Assert.InRange(distances[0], 111.0, 111.4);
        Assert.Equal(distances[0], distances[1]);
        Assert.Contains(items, i => i.GetProperty("name").GetString() == "far" && i.GetProperty("distanceMeters").GetDouble() is > 277 and < 279);
        Assert.DoesNotContain(items, i => i.GetProperty("name").GetString() == "far" && i.GetProperty("distanceMeters").GetDouble() < 100);
    }

    [Fact]
    public async Task List_CursorReusedWithAnotherPointOrTampered_Returns400InvalidCursor()
    {
        await AddLotsAsync("cursor", (Lat, Lng + 0.01), (Lat, Lng + 0.02));
        using var client = fixture.Factory.CreateClient();
        var cursor = (await client.GetFromJsonAsync<JsonElement>($"/api/mp/lots?lat={Lat}&lng={Lng}&limit=1")).GetProperty("nextCursor").GetString()!;
        var tampered = cursor[..20] + (cursor[20] == 'A' ? 'B' : 'A') + cursor[21..];

        var otherPoint = await client.GetAsync($"/api/mp/lots?lat={Lat + 1}&lng={Lng}&limit=1&cursor={cursor}");
        var byId = await client.GetAsync($"/api/mp/lots?limit=1&cursor={cursor}");
        var changed = await client.GetAsync($"/api/mp/lots?lat={Lat}&lng={Lng}&limit=1&cursor={tampered}");
        var same = await client.GetAsync($"/api/mp/lots?lat={Lat}&lng={Lng}&limit=1&cursor={cursor}");

        foreach (var refused in new[] { otherPoint, byId, changed })
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Equal("invalid_cursor", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        }

        Assert.Equal(HttpStatusCode.OK, same.StatusCode);
    }

    private static string Cursor(string? cursor) => cursor is null ? string.Empty : $"&cursor={cursor}";

    private static async Task<List<string>> AllIdsAsync(HttpClient client) =>
        [.. (await client.GetFromJsonAsync<JsonElement>("/api/mp/lots?limit=100")).GetProperty("items").EnumerateArray().Select(l => l.GetProperty("id").GetString()!)];

    private async Task<List<Guid>> AddLotsAsync(string name, params (double Lat, double Lng)[] origins)
    {
        var contexts = fixture.Factory.Services.GetRequiredService<IDbContextFactory<ParkShareDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        var lots = origins.Select(o => Lot.Create(name, "测试地址", "Asia/Shanghai", new Georeference(o.Lat, o.Lng, 0, 1))).ToList();
        db.Lots.AddRange(lots);
        await db.SaveChangesAsync();
        return [.. lots.Select(l => l.Id)];
    }
}
