using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ParkShare.Tests.Support;

namespace ParkShare.Tests.Web.Api;

/// <summary>
/// Inputs the fuzzer (bench/fuzz.sh) once answered with a 500, kept as they were found. Each now gets a
/// 4xx ProblemDetails with a stable code and leaves nothing written.
/// </summary>
public sealed class FuzzRegressionTests(DemoLotFixture fixture) : IClassFixture<DemoLotFixture>
{
    [Theory]
    [InlineData("{\"note\":\"\\ud800\"}")]
    [InlineData("{\"plate\":\"\\udc00x\"}")]
    [InlineData("{\"\\ud800\":\"x\"}")]
    public async Task EditRecord_LoneSurrogateEscape_400MalformedJsonAndRecordUnchanged(string body)
    {
        using var driver = await DriverClient.SignInAsync(fixture);
        var record = await ParkAsync(driver, "B3-B-011");

        var response = await driver.PatchAsync($"/api/mp/records/{record}", new StringContent(body, Encoding.UTF8, "application/json"));

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "malformed_json");
        var after = await driver.GetFromJsonAsync<JsonElement>($"/api/mp/records/{record}");
        Assert.Equal(JsonValueKind.Null, after.GetProperty("note").ValueKind);
        Assert.Equal(JsonValueKind.Null, after.GetProperty("plate").ValueKind);
    }

    [Fact]
    public async Task EditRecord_MalformedIdAndDuplicateKeys_400MalformedJson()
    {
        using var driver = await DriverClient.SignInAsync(fixture);

        var response = await driver.PatchAsync("/api/mp/records/-1", new StringContent("{\"a\":\"\\ud83d\\ude97\",\"a\":1}", Encoding.UTF8, "application/json"));

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "malformed_json");
    }

    [Theory]
    [InlineData("1e308")]
    [InlineData("1.7976931348623157e308")]
    [InlineData("2562047788015215")]
    public async Task CreateShare_LifetimePastTimeSpan_400LifetimeTooLongAndNoLink(string hours)
    {
        using var driver = await DriverClient.SignInAsync(fixture);
        var record = await ParkAsync(driver, "B3-B-012");

        var response = await driver.PostAsync("/api/mp/shares", new StringContent($"{{\"recordId\":\"{record}\",\"lifetimeHours\":{hours}}}", Encoding.UTF8, "application/json"));

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "share_lifetime_too_long");
        Assert.Empty((await driver.GetFromJsonAsync<JsonElement>("/api/mp/shares")).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task CreateShare_LoneSurrogatePin_400AndNoLink()
    {
        using var driver = await DriverClient.SignInAsync(fixture);
        var record = await ParkAsync(driver, "B3-B-013");

        var response = await driver.PostAsync("/api/mp/shares", new StringContent($"{{\"recordId\":\"{record}\",\"pin\":\"\\ud800\"}}", Encoding.UTF8, "application/json"));

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "malformed_json");
        Assert.Empty((await driver.GetFromJsonAsync<JsonElement>("/api/mp/shares")).GetProperty("items").EnumerateArray());
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(code, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    private async Task<string> ParkAsync(HttpClient driver, string code)
    {
        var response = await driver.PostAsJsonAsync("/api/mp/records", new { lotId = fixture.LotId, position = new { kind = "spaceCode", code } });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }
}
