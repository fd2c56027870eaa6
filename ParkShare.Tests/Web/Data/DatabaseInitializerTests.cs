using System.Net.Http.Json;
using System.Text.Json;
using ParkShare.Tests.Fakes;

namespace ParkShare.Tests.Web.Data;

public sealed class DatabaseInitializerTests
{
    [Fact]
    public async Task Initialize_BenchmarkLotRequested_SeedsOneLevelOf600SpacesBesideTheDemoLot()
    {
        using var factory = new ParkShareWebFactory();
        factory.Settings["Seed:BenchmarkLot"] = "true";
        using var client = factory.CreateClient();

        var lots = (await client.GetFromJsonAsync<JsonElement>("/api/mp/lots")).GetProperty("items").EnumerateArray().ToList();

        Assert.Equal(2, lots.Count);
        var bench = lots.Single(l => l.GetProperty("name").GetString() == "Benchmark lot");
        var level = Assert.Single(bench.GetProperty("levels").EnumerateArray());
        var states = await client.GetFromJsonAsync<JsonElement>($"/api/mp/lots/{bench.GetProperty("id").GetString()}/levels/{level.GetProperty("id").GetString()}/states");
        Assert.Equal(600, states.GetProperty("states").GetString()!.Length);
    }
}
