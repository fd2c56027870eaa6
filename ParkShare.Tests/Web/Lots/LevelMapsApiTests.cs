using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParkShare.Core.Data;
using ParkShare.Tests.Support;

namespace ParkShare.Tests.Web.Lots;

public sealed class LevelMapsApiTests(DemoLotFixture fixture) : IClassFixture<DemoLotFixture>
{
    [Fact]
    public async Task Map_KnownLevel_ReturnsGeometryWithETag_AndRevalidationIs304()
    {
        using var client = fixture.Factory.CreateClient();
        var url = $"/api/mp/lots/{fixture.LotId}/levels/{fixture.LevelId("B2")}/map";

        var response = await client.GetAsync(url);
        var map = await response.Content.ReadFromJsonAsync<JsonElement>();
        using var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        var revalidated = await client.SendAsync(again);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(288, map.GetProperty("spaces").GetArrayLength());
        Assert.Equal("B2-A-001", map.GetProperty("spaces")[0].GetProperty("code").GetString());
        Assert.Equal(6, map.GetProperty("zones").GetArrayLength());
        Assert.True(map.GetProperty("walkways").GetArrayLength() > 100);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Empty(await revalidated.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("lot", "00000000-0000-0000-0000-000000000001", "lot_not_found")]
    [InlineData("level", "00000000-0000-0000-0000-000000000001", "level_not_found")]
    [InlineData("level", "B2", "level_not_found")]
    public async Task MapAndStates_UnknownIds_Return404(string which, string id, string code)
    {
        using var client = fixture.Factory.CreateClient();
        var lot = which == "lot" ? id : fixture.LotId;
        var level = which == "level" ? id : fixture.LevelId("B1");

        foreach (var part in new[] { "map", "states" })
        {
            var response = await client.GetAsync($"/api/mp/lots/{lot}/levels/{level}/{part}");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal(code, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        }
    }

    [Fact]
    public async Task States_AfterReserveAndPark_ShowReservedAndOccupiedInGeometryOrder()
    {
        using var client = fixture.Factory.CreateClient();
        var level = fixture.LevelId("B3");
        var map = await client.GetFromJsonAsync<JsonElement>($"/api/mp/lots/{fixture.LotId}/levels/{level}/map");
        var order = map.GetProperty("spaces").EnumerateArray().Select(s => s.GetProperty("code").GetString()).ToList();
        var before = await client.GetFromJsonAsync<JsonElement>($"/api/mp/lots/{fixture.LotId}/levels/{level}/states");
        using var reserver = await DriverClient.SignInAsync(fixture);
        using var parker = await DriverClient.SignInAsync(fixture);
        var now = DateTimeOffset.UtcNow;

        await reserver.PostAsJsonAsync("/api/mp/reservations", new { spaceId = DriverClient.SpaceId(fixture, "B3-D-040"), startsAt = now, endsAt = now.AddHours(1) });
        await parker.PostAsJsonAsync("/api/mp/records", new { lotId = fixture.LotId, position = new { kind = "spaceCode", code = "B3-D-041" } });
        var after = await client.GetFromJsonAsync<JsonElement>($"/api/mp/lots/{fixture.LotId}/levels/{level}/states");

        var states = after.GetProperty("states").GetString()!;
        Assert.Equal(order.Count, states.Length);
        Assert.Equal('R', states[order.IndexOf("B3-D-040")]);
        Assert.Equal('O', states[order.IndexOf("B3-D-041")]);
        Assert.Equal(before.GetProperty("free").GetInt32() - 2, after.GetProperty("free").GetInt32());
        var lot = await client.GetFromJsonAsync<JsonElement>($"/api/mp/lots/{fixture.LotId}");
        var b3 = lot.GetProperty("levels").EnumerateArray().Single(l => l.GetProperty("name").GetString() == "B3");
        Assert.Equal(after.GetProperty("free").GetInt32(), b3.GetProperty("free").GetInt32());
        var zoneD = b3.GetProperty("zones").EnumerateArray().Single(z => z.GetProperty("code").GetString() == "D");
        Assert.Equal(states.Where((c, i) => c == 'F' && order[i]!.StartsWith("B3-D-", StringComparison.Ordinal)).Count(), zoneD.GetProperty("free").GetInt32());
    }

    [Fact]
    public async Task Map_LotVersionBumped_NewETagAndOldOneNoLongerMatches()
    {
        using var client = fixture.Factory.CreateClient();
        var url = $"/api/mp/lots/{fixture.LotId}/levels/{fixture.LevelId("B1")}/map";
        var first = await client.GetAsync(url);

        using (var scope = fixture.Factory.Services.CreateScope())
        {
            await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<ParkShareDbContext>>().CreateDbContextAsync();
            var lot = await db.Lots.FirstAsync(l => l.Id == Guid.Parse(fixture.LotId));
            lot.MarkChanged();
            await db.SaveChangesAsync();
            scope.ServiceProvider.GetRequiredService<ParkShare.Core.Lots.LotMapCache>().Invalidate(lot.Id);
        }

        using var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var second = await client.SendAsync(again);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.NotEqual(first.Headers.ETag, second.Headers.ETag);
    }
}
