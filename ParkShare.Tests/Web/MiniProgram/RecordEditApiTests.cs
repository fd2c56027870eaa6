using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ParkShare.Tests.Support;

namespace ParkShare.Tests.Web.MiniProgram;

/// <summary>PATCH /api/mp/records/{id}: note, plate and expected pickup; bad input is a 400 and changes nothing.</summary>
public sealed class RecordEditApiTests(DemoLotFixture fixture) : IClassFixture<DemoLotFixture>
{
    [Fact]
    public async Task Edit_SetsAndClearsFields_AbsentFieldsStay()
    {
        using var driver = await DriverClient.SignInAsync(fixture);
        var id = await ParkAsync(driver, "B1-C-021");
        var pickup = DateTimeOffset.UtcNow.AddDays(2);

        var set = await PatchAsync(driver, id, JsonSerializer.Serialize(new { note = " 后备箱有伞 ", plate = "沪b 1234x".Replace(" ", string.Empty), expectedPickupAt = pickup }));
        var cleared = await PatchAsync(driver, id, "{\"note\":null}");

        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        var edited = await set.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("后备箱有伞", edited.GetProperty("note").GetString());
        Assert.Equal("沪B1234X", edited.GetProperty("plate").GetString());
        Assert.Equal(pickup.ToUnixTimeSeconds(), edited.GetProperty("expectedPickupAt").GetDateTimeOffset().ToUnixTimeSeconds());
        var after = await cleared.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(JsonValueKind.Null, after.GetProperty("note").ValueKind);
        Assert.Equal("沪B1234X", after.GetProperty("plate").GetString());
        Assert.Equal("B1-C-021", after.GetProperty("spaceCode").GetString());
    }

    [Fact]
    public async Task Edit_TenThousandCharacterNote_400OnTheNoteAndNothingChanged()
    {
        using var driver = await DriverClient.SignInAsync(fixture);
        var id = await ParkAsync(driver, "B1-C-022");
        await PatchAsync(driver, id, "{\"note\":\"first\"}");

        var response = await PatchAsync(driver, id, JsonSerializer.Serialize(new { note = new string('x', 10_000) }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("validation_failed", problem.GetProperty("code").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("note", out _));
        Assert.Equal("first", (await driver.GetFromJsonAsync<JsonElement>($"/api/mp/records/{id}")).GetProperty("note").GetString());
    }

    [Theory]
    [InlineData("{\"expectedPickupAt\":\"2020-01-01T00:00:00Z\"}", "expectedPickupAt")]
    [InlineData("{\"expectedPickupAt\":\"next tuesday\"}", "expectedPickupAt")]
    [InlineData("{\"plate\":12345}", "plate")]
    [InlineData("{\"plate\":\"12345678901234567\"}", "plate")]
    [InlineData("{}", "body")]
    public async Task Edit_BadField_400NamingIt(string body, string field)
    {
        using var driver = await DriverClient.SignInAsync(fixture);
        var id = await ParkAsync(driver, "B1-C-023");

        var response = await PatchAsync(driver, id, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task Edit_AnotherDriversRecord_404_EndedRecord_409()
    {
        using var owner = await DriverClient.SignInAsync(fixture);
        using var other = await DriverClient.SignInAsync(fixture);
        var id = await ParkAsync(owner, "B1-C-024");

        var foreign = await PatchAsync(other, id, "{\"note\":\"mine now\"}");
        await owner.PostAsync($"/api/mp/records/{id}/end", null);
        var ended = await PatchAsync(owner, id, "{\"note\":\"late\"}");

        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, ended.StatusCode);
        Assert.Equal("record_ended", (await ended.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    private static Task<HttpResponseMessage> PatchAsync(HttpClient driver, string id, string json) =>
        driver.PatchAsync($"/api/mp/records/{id}", new StringContent(json, Encoding.UTF8, "application/json"));

    private async Task<string> ParkAsync(HttpClient driver, string code)
    {
        var response = await driver.PostAsJsonAsync("/api/mp/records", new { lotId = fixture.LotId, position = new { kind = "spaceCode", code } });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }
}
