using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ParkShare.Tests.Support;
using ParkShare.Web.Localization;

namespace ParkShare.Tests.Web.Api;

/// <summary>Every 4xx from /api carries a stable code, with its title and detail in the request's language.</summary>
public sealed class ProblemCodesTests(DemoLotFixture fixture) : IClassFixture<DemoLotFixture>
{
    private const string Nobody = "01a21861-0000-7000-8000-000000000000";

    public static TheoryData<string, string, string?, bool, int, string> BadRequests() => new()
    {
        { "GET", "/api/mp/lots?limit=0", null, false, 400, "validation_failed" },
        { "GET", "/api/mp/lots?cursor=bm90LWEtY3Vyc29y", null, false, 400, "invalid_cursor" },
        { "GET", "/api/mp/lots?lat=200&lng=0", null, false, 400, "validation_failed" },
        { "GET", $"/api/mp/lots/{Nobody}", null, false, 404, "lot_not_found" },
        { "GET", "/api/mp/lots/{lot}/levels/nope/states", null, false, 404, "level_not_found" },
        { "GET", "/api/mp/lots/{lot}/levels/nope/map", null, false, 404, "level_not_found" },
        { "PUT", "/api/mp/lots", "{}", false, 405, "method_not_allowed" },
        { "GET", "/api/mp/no-such-thing", null, false, 404, "not_found" },
        { "POST", "/api/mp/refine", "{", false, 400, "malformed_json" },
        { "POST", "/api/mp/refine", "{\"lotId\":\"{lot}\",\"position\":{\"kind\":\"spaceCode\",\"code\":\"B2-C-999\"}}", false, 404, "space_not_found" },
        { "POST", "/api/mp/refine", "{\"lotId\":\"{lot}\",\"position\":{\"kind\":\"reservation\",\"reservationId\":\"x\"}}", false, 401, "session_required" },
        { "POST", "/api/mp/session", "{}", false, 400, "validation_failed" },
        { "GET", "/api/mp/me", null, false, 401, "session_required" },
        { "GET", "/api/mp/reservations", null, false, 401, "session_required" },
        { "GET", "/api/mp/reservations?limit=500", null, true, 400, "validation_failed" },
        { "GET", "/api/mp/reservations?cursor=Zm9v", null, true, 400, "invalid_cursor" },
        { "GET", $"/api/mp/reservations/{Nobody}", null, true, 404, "reservation_not_found" },
        { "POST", "/api/mp/reservations", "{\"spaceId\":\"{space}\",\"startsAt\":\"2020-01-01T08:00:00+08:00\",\"endsAt\":\"2020-01-01T09:00:00+08:00\"}", true, 400, "window_invalid" },
        { "DELETE", $"/api/mp/reservations/{Nobody}", null, true, 404, "reservation_not_found" },
        { "GET", "/api/mp/records?cursor=Zm9v", null, true, 400, "invalid_cursor" },
        { "GET", "/api/mp/records/current", null, true, 404, "no_current_record" },
        { "POST", $"/api/mp/records/{Nobody}/end", null, true, 404, "record_not_found" },
        { "POST", $"/api/mp/records/{Nobody}/position", "{\"position\":{\"kind\":\"spaceCode\",\"code\":\"B2-C-017\"}}", true, 404, "record_not_found" },
        { "POST", "/api/mp/records", "[]", true, 400, "malformed_json" },
        { "POST", $"/api/mp/reservations/{Nobody}/check-in", null, true, 404, "reservation_not_found" },

        // Malformed ids: the route constraint does not match, and the same problem as for an unknown id answers.
        { "GET", "/api/mp/lots/nope", null, false, 404, "lot_not_found" },
        { "GET", "/api/mp/lots/nope/levels/nope/map", null, false, 404, "lot_not_found" },
        { "GET", $"/api/mp/lots/{Nobody}/levels/nope/states", null, false, 404, "lot_not_found" },
        { "GET", "/api/mp/reservations/nope", null, false, 401, "session_required" },
        { "GET", "/api/mp/reservations/nope", null, true, 404, "reservation_not_found" },
        { "DELETE", "/api/mp/reservations/nope", null, true, 404, "reservation_not_found" },
        { "POST", "/api/mp/reservations/nope/check-in", null, true, 404, "reservation_not_found" },
        { "GET", "/api/mp/records/nope", null, true, 404, "record_not_found" },
        { "PUT", "/api/mp/records/nope", "{}", true, 405, "method_not_allowed" },
        { "POST", "/api/mp/records/nope/end", null, true, 404, "record_not_found" },
        { "POST", "/api/mp/records/nope/position", "{\"position\":{\"kind\":\"spaceCode\",\"code\":\"B2-C-017\"}}", true, 404, "record_not_found" },
        { "POST", "/api/mp/records/nope/position", "{}", true, 400, "validation_failed" },
        { "GET", "/api/mp/records/nope/photo", null, true, 404, "record_not_found" },
        { "GET", "/api/mp/shares/nope", null, true, 404, "share_not_found" },
        { "DELETE", "/api/mp/shares/nope", null, true, 404, "share_not_found" },
        { "GET", "/api/mp/shares/nope/views", null, true, 404, "share_not_found" },
        { "POST", "/api/mp/shares/nope/extend", "{\"lifetimeHours\":5}", true, 404, "share_not_found" },
        { "POST", "/api/mp/shares/nope/extend", "{\"lifetimeHours\":0}", true, 400, "validation_failed" },
        { "DELETE", "/api/mp/bindings/nope", null, true, 404, "binding_not_found" },
        { "POST", "/api/mp/shared-with-me/nope/picked-up", null, true, 404, "record_not_found" },
        { "POST", "/api/mp/notices/nope/read", null, true, 404, "notice_not_found" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task BadRequest_EachEndpointFamily_StableCodeAndLocalizedText(string method, string url, string? body, bool signedIn, int status, string code)
    {
        using var client = signedIn ? await DriverClient.SignInAsync(fixture) : fixture.Factory.CreateClient();

        foreach (var language in new[] { "zh-CN", "en" })
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), Expand(url));
            if (body is not null)
            {
                request.Content = new StringContent(Expand(body), Encoding.UTF8, "application/json");
            }

            if (language == "en")
            {
                request.Headers.AcceptLanguage.ParseAdd("en");
            }

            var response = await client.SendAsync(request);

            Assert.Equal(status, (int)response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            var table = JsonStringLocalizer.AllTables[language];
            Assert.Equal(code, problem.GetProperty("code").GetString());
            Assert.Equal($"/problems/{code}", problem.GetProperty("type").GetString());
            Assert.Equal(table[$"ProblemTitle.{status}"], problem.GetProperty("title").GetString());
            Assert.Equal(table[$"Problem.{code}"], problem.GetProperty("detail").GetString());
        }
    }

    [Fact]
    public async Task Conflict_CancelTwice_409TitleAndDetailLocalized()
    {
        using var driver = await DriverClient.SignInAsync(fixture);
        var start = DateTimeOffset.UtcNow.AddHours(4);
        var created = await (await driver.PostAsJsonAsync("/api/mp/reservations", new { spaceId = DriverClient.SpaceId(fixture, "B3-F-001"), startsAt = start, endsAt = start.AddHours(1) }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetString();
        await driver.DeleteAsync($"/api/mp/reservations/{id}");

        var again = await (await driver.DeleteAsync($"/api/mp/reservations/{id}")).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("reservation_not_active", again.GetProperty("code").GetString());
        Assert.Equal("冲突", again.GetProperty("title").GetString());
        Assert.Equal(JsonStringLocalizer.AllTables["zh-CN"]["Problem.reservation_not_active"], again.GetProperty("detail").GetString());
    }

    private string Expand(string text) =>
        text.Replace("{lot}", fixture.LotId, StringComparison.Ordinal).Replace("{space}", text.Contains("{space}", StringComparison.Ordinal) ? DriverClient.SpaceId(fixture, "B1-F-001") : string.Empty, StringComparison.Ordinal);
}
