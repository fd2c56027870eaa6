using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ParkShare.Tests.Support;
using ParkShare.Web.Localization;

namespace ParkShare.Tests.Web.Api;

/// <summary>
/// Request bodies are bound and validated by the framework (AddValidation); the answers keep ParkShare's shape:
/// one problem that names every bad field as the client wrote it, each message in the request's language.
/// </summary>
public sealed class RequestValidationTests(DemoLotFixture fixture) : IClassFixture<DemoLotFixture>
{
    [Fact]
    public async Task CreateRecord_BadFieldsAtEveryLevel_OneProblemListsEachInWireNames()
    {
        using var driver = await DriverClient.SignInAsync(fixture);
        using var request = Post("/api/mp/records", """{"lotId":"x","position":{"kind":"gps","lat":1},"plate":"\u0001","friendIds":["x"]}""", "en");

        var problem = await ProblemAsync(await driver.SendAsync(request), "validation_failed");

        var errors = problem.GetProperty("errors");
        Assert.Equal(["friendIds", "plate", "position.lng"], errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        var en = JsonStringLocalizer.AllTables["en"];
        Assert.Equal(en["Validation.NumberRequired"], errors.GetProperty("position.lng")[0].GetString());
    }

    [Fact]
    public async Task Refine_EmptyObject_BothMissingFieldsInChinese()
    {
        using var client = fixture.Factory.CreateClient();

        var problem = await ProblemAsync(await client.SendAsync(Post("/api/mp/refine", "{}", "zh-CN")), "validation_failed");

        var zh = JsonStringLocalizer.AllTables["zh-CN"];
        Assert.Equal(zh["Validation.LotIdRequired"], problem.GetProperty("errors").GetProperty("lotId")[0].GetString());
        Assert.Equal(zh["Validation.PositionRequired"], problem.GetProperty("errors").GetProperty("position")[0].GetString());
    }

    [Theory]
    [InlineData("", "application/json", 400, "malformed_json")]
    [InlineData("null", "application/json", 400, "body_required")]
    [InlineData("{\"code\":", "application/json", 400, "malformed_json")]
    [InlineData("{\"code\":\"x\"}", "text/plain", 415, "unsupported_media_type")]
    [InlineData("{\"code\":\"   \"}", "application/json", 400, "validation_failed")]
    public async Task SignIn_BodyTheFrameworkCannotUse_ItsOwnStableCode(string body, string contentType, int status, string code)
    {
        using var client = fixture.Factory.CreateClient();

        var response = await client.PostAsync("/api/mp/session", new StringContent(body, Encoding.UTF8, contentType));

        Assert.Equal(status, (int)response.StatusCode);
        await ProblemAsync(response, code);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task SignIn_BodyOverTheEndpointsLimit_413(bool chunked)
    {
        using var client = fixture.Factory.CreateClient();
        var json = JsonSerializer.Serialize(new { code = new string('a', 5000) });
        HttpContent content = chunked ? new ChunkedContent(Encoding.UTF8.GetBytes(json)) : new StringContent(json, Encoding.UTF8);
        content.Headers.ContentType = new("application/json");

        var response = await client.PostAsync("/api/mp/session", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await ProblemAsync(response, "body_too_large");
    }

    private static HttpRequestMessage Post(string url, string json, string language)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.AcceptLanguage.ParseAdd(language);
        return request;
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, string code)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(code, problem.GetProperty("code").GetString());
        return problem;
    }
}
