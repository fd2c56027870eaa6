using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ParkShare.Tests.Support;

namespace ParkShare.Tests.Web.Lots;

public sealed class LotsApiTests(DemoLotFixture fixture) : IClassFixture<DemoLotFixture>
{
    [Fact]
    public async Task List_DemoSeeded_ReturnsDemoLotWithLevelsTopDown()
    {
        using var client = fixture.Factory.CreateClient();

        var page = await client.GetFromJsonAsync<JsonElement>("/api/mp/lots");

        var lot = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal("陆家嘴滨江停车场", lot.GetProperty("name").GetString());
        Assert.Equal(["B1", "B2", "B3"], lot.GetProperty("levels").EnumerateArray().Select(l => l.GetProperty("name").GetString()));
        Assert.Equal(JsonValueKind.Null, page.GetProperty("nextCursor").ValueKind);
    }

    [Fact]
    public async Task Get_KnownLot_ReturnsLevelsWithSpaceCounts()
    {
        using var client = fixture.Factory.CreateClient();

        var lot = await client.GetFromJsonAsync<JsonElement>($"/api/mp/lots/{fixture.LotId}");

        Assert.Equal("Asia/Shanghai", lot.GetProperty("timeZone").GetString());
        Assert.All(lot.GetProperty("levels").EnumerateArray(), l => Assert.Equal(288, l.GetProperty("spaces").GetInt32()));
        Assert.InRange(lot.GetProperty("lat").GetDouble(), 31.2, 31.3);
    }

    [Theory]
    [InlineData("not-a-guid")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    public async Task Get_UnknownLot_Returns404Problem(string lotId)
    {
        using var client = fixture.Factory.CreateClient();

        var response = await client.GetAsync($"/api/mp/lots/{lotId}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("lot_not_found", problem.GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("?cursor=zzz", "invalid_cursor", "cursor")]
    [InlineData("?cursor=", "invalid_cursor", "cursor")]
    [InlineData("?limit=0", "validation_failed", "limit")]
    [InlineData("?limit=1000", "validation_failed", "limit")]
    [InlineData("?limit=ten", "validation_failed", "limit")]
    [InlineData("?lat=31.2", "validation_failed", "lng")]
    [InlineData("?lat=91&lng=121", "validation_failed", "lat")]
    [InlineData("?lat=31&lng=181", "validation_failed", "lng")]
    [InlineData("?lat=NaN&lng=121", "validation_failed", "lat")]
    public async Task List_BadQuery_Returns400ValidationWithCode(string query, string code, string field)
    {
        using var client = fixture.Factory.CreateClient();

        var response = await client.GetAsync($"/api/mp/lots{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), field);
    }
}
