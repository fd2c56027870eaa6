using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ParkShare.Tests.Support;

namespace ParkShare.Tests.Web.Parking;

/// <summary>A phone that queued a position offline may send it twice (the first answer was lost): one record, same answer.</summary>
public sealed class RecordsIdempotencyTests(DemoLotFixture fixture) : IClassFixture<DemoLotFixture>
{
    [Fact]
    public async Task Create_SameKeyReplayed_OneRecordAndTheSameAnswer()
    {
        using var driver = await DriverClient.SignInAsync(fixture);
        var key = Guid.NewGuid().ToString("N");

        var first = await SendAsync(driver, key, "B2-E-011");
        var replay = await SendAsync(driver, key, "B2-E-011");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, replay.StatusCode);
        Assert.Equal("true", replay.Headers.GetValues("Idempotent-Replayed").Single());
        var id = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        Assert.Equal(id, (await replay.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString());
        var history = await driver.GetFromJsonAsync<JsonElement>("/api/mp/records");
        Assert.Equal(1, history.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Create_SameKeyOtherPosition_422AndNothingNew()
    {
        using var driver = await DriverClient.SignInAsync(fixture);
        var key = Guid.NewGuid().ToString("N");
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(driver, key, "B2-E-012")).StatusCode);

        var other = await SendAsync(driver, key, "B2-E-013");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
        Assert.Equal("idempotency_key_reused", (await other.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal("B2-E-012", (await driver.GetFromJsonAsync<JsonElement>("/api/mp/records/current")).GetProperty("spaceCode").GetString());
    }

    [Fact]
    public async Task Create_MalformedKey_400()
    {
        using var driver = await DriverClient.SignInAsync(fixture);
        var response = await SendAsync(driver, new string('k', 101), "B2-E-014");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await driver.GetAsync("/api/mp/records/current")).StatusCode);
    }

    private Task<HttpResponseMessage> SendAsync(HttpClient driver, string key, string code)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/mp/records")
        {
            Content = JsonContent.Create(new { lotId = fixture.LotId, position = new { kind = "spaceCode", code } }),
        };
        request.Headers.Add("Idempotency-Key", key);
        return driver.SendAsync(request);
    }
}
