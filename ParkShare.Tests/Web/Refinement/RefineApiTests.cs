using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ParkShare.Tests.Support;

namespace ParkShare.Tests.Web.Refinement;

public sealed class RefineApiTests(DemoLotFixture fixture) : IClassFixture<DemoLotFixture>
{
    [Fact]
    public async Task Refine_ChineseSpaceCode_ReturnsDetailedPositionWithRoute()
    {
        var body = await RefineOkAsync(new { lotId = fixture.LotId, position = new { kind = "spaceCode", code = "负二层C区17号" } });

        Assert.Equal("resolved", body.GetProperty("status").GetString());
        var p = body.GetProperty("position");
        Assert.Equal("B2-C-017", p.GetProperty("space").GetProperty("code").GetString());
        Assert.Equal("B2", p.GetProperty("level").GetProperty("name").GetString());
        Assert.Equal(-2, p.GetProperty("level").GetProperty("ordinal").GetInt32());
        Assert.Equal("C", p.GetProperty("zone").GetProperty("code").GetString());
        Assert.Equal("spaceCode", p.GetProperty("resolvedBy").GetString());
        Assert.InRange(p.GetProperty("wgs84").GetProperty("lat").GetDouble(), 31.23, 31.25);
        Assert.True(p.GetProperty("nearestLandmark").GetProperty("distanceMeters").GetDouble() > 0);
        var route = p.GetProperty("route");
        Assert.True(route.GetProperty("distanceMeters").GetDouble() > 10);
        Assert.True(route.GetProperty("steps").GetArrayLength() >= 3);
        Assert.Contains(route.GetProperty("legs").EnumerateArray(), l => l.GetProperty("levelId").GetString() == fixture.LevelId("B2"));
    }

    [Fact]
    public async Task Refine_EnglishRequest_PhrasesStepsInEnglish()
    {
        var body = await RefineOkAsync(new { lotId = fixture.LotId, position = new { kind = "spaceCode", code = "B2 C 17" } }, "en");

        var steps = body.GetProperty("position").GetProperty("route").GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("text").GetString()).ToList();
        Assert.StartsWith("Start at Entrance", steps[0]);
        Assert.Contains(steps, s => s!.StartsWith("Take ", StringComparison.Ordinal) && s.EndsWith(" to B2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Refine_DefaultLanguage_PhrasesStepsInChinese()
    {
        var body = await RefineOkAsync(new { lotId = fixture.LotId, position = new { kind = "spaceCode", code = "b2c017" } });

        var first = body.GetProperty("position").GetProperty("route").GetProperty("steps")[0].GetProperty("text").GetString();
        Assert.Contains("入口", first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refine_LevelLessCodeOnEveryLevel_ReturnsRankedCandidates()
    {
        var body = await RefineOkAsync(new { lotId = fixture.LotId, position = new { kind = "spaceCode", code = "C17" } });

        Assert.Equal("ambiguous", body.GetProperty("status").GetString());
        Assert.Equal(
            ["B1-C-017", "B2-C-017", "B3-C-017"],
            body.GetProperty("candidates").EnumerateArray().Select(c => c.GetProperty("space").GetProperty("code").GetString()));
    }

    [Fact]
    public async Task Refine_MapPointInsideSpace_ResolvesThatSpace()
    {
        var body = await RefineOkAsync(new { lotId = fixture.LotId, position = new { kind = "mapPoint", levelId = fixture.LevelId("B3"), x = 7.0, y = 2.0 } });

        Assert.Equal("B3-D-001", body.GetProperty("position").GetProperty("space").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Refine_PillarMarker_OffersSpacesAroundThePillar()
    {
        var body = await RefineOkAsync(new { lotId = fixture.LotId, position = new { kind = "marker", code = "MK-B2-001" } });

        Assert.Equal("ambiguous", body.GetProperty("status").GetString());
        Assert.All(body.GetProperty("candidates").EnumerateArray(), c => Assert.Equal("B2", c.GetProperty("level").GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Refine_GpsAtSpaceWithLevelHint_ResolvesThatSpace()
    {
        var known = await RefineOkAsync(new { lotId = fixture.LotId, position = new { kind = "spaceCode", code = "B1-E-020" } });
        var wgs = known.GetProperty("position").GetProperty("wgs84");

        var body = await RefineOkAsync(new
        {
            lotId = fixture.LotId,
            position = new { kind = "gps", lat = wgs.GetProperty("lat").GetDouble(), lng = wgs.GetProperty("lng").GetDouble(), accuracy = 1.0, levelHint = "B1" },
        });

        Assert.Equal("B1-E-020", body.GetProperty("position").GetProperty("space").GetProperty("code").GetString());
        Assert.Equal("gps", body.GetProperty("position").GetProperty("resolvedBy").GetString());
    }

    public static TheoryData<string, HttpStatusCode, string> BadBodies(string lotId, string levelId) => new()
    {
        { "{not json", HttpStatusCode.BadRequest, "malformed_json" },
        { "", HttpStatusCode.BadRequest, "malformed_json" },
        { "null", HttpStatusCode.BadRequest, "body_required" },
        { "{}", HttpStatusCode.BadRequest, "validation_failed" },
        { $$$"""{"lotId":"{{{lotId}}}"}""", HttpStatusCode.BadRequest, "validation_failed" },
        { $$$"""{"lotId":"{{{lotId}}}","position":{"kind":"teleport"}}""", HttpStatusCode.BadRequest, "validation_failed" },
        { $$$"""{"lotId":"{{{lotId}}}","position":{"kind":"spaceCode","code":"{{{new string('7', 10_000)}}}"}}""", HttpStatusCode.BadRequest, "validation_failed" },
        { $$$"""{"lotId":"{{{lotId}}}","position":{"kind":"spaceCode","code":"🚗🅿️"}}""", HttpStatusCode.BadRequest, "invalid_space_code" },
        { $$$"""{"lotId":"{{{lotId}}}","position":{"kind":"spaceCode","code":"B2\u0000C17"}}""", HttpStatusCode.BadRequest, "validation_failed" },
        { $$$"""{"lotId":"{{{lotId}}}","position":{"kind":"spaceCode","code":"B2-C-049"}}""", HttpStatusCode.NotFound, "space_not_found" },
        { $$$"""{"lotId":"{{{lotId}}}","position":{"kind":"spaceCode","code":"负二层"}}""", HttpStatusCode.BadRequest, "incomplete_space_code" },
        { $$$"""{"lotId":"{{{lotId}}}","position":{"kind":"marker","code":"MK-B9-999"}}""", HttpStatusCode.NotFound, "marker_not_found" },
        { """{"lotId":"00000000-0000-0000-0000-000000000001","position":{"kind":"spaceCode","code":"B2C17"}}""", HttpStatusCode.NotFound, "lot_not_found" },
        { """{"lotId":"nope","position":{"kind":"spaceCode","code":"B2C17"}}""", HttpStatusCode.NotFound, "lot_not_found" },
        { $$$"""{"lotId":"{{{lotId}}}","position":{"kind":"mapPoint","levelId":"{{{Guid.Empty}}}","x":5,"y":5}}""", HttpStatusCode.NotFound, "level_not_found" },
        { $$$"""{"lotId":"{{{lotId}}}","position":{"kind":"mapPoint","levelId":"{{{levelId}}}","x":-500,"y":5}}""", HttpStatusCode.BadRequest, "outside_lot" },
        { $$$"""{"lotId":"{{{lotId}}}","position":{"kind":"mapPoint","levelId":"{{{levelId}}}","x":"NaN","y":5}}""", HttpStatusCode.BadRequest, "validation_failed" },
        { $$$"""{"lotId":"{{{lotId}}}","position":{"kind":"mapPoint","levelId":"{{{levelId}}}","x":NaN,"y":5}}""", HttpStatusCode.BadRequest, "malformed_json" },
        { $$$"""{"lotId":"{{{lotId}}}","position":{"kind":"mapPoint","levelId":"{{{levelId}}}","x":"abc","y":5}}""", HttpStatusCode.BadRequest, "malformed_json" },
        { $$$"""{"lotId":"{{{lotId}}}","position":{"kind":"gps","lat":"Infinity","lng":121.5}}""", HttpStatusCode.BadRequest, "validation_failed" },
        { $$$"""{"lotId":"{{{lotId}}}","position":{"kind":"gps","lat":95,"lng":121.5}}""", HttpStatusCode.BadRequest, "invalid_coordinates" },
        { $$$"""{"lotId":"{{{lotId}}}","position":{"kind":"gps","lat":39.9,"lng":116.4}}""", HttpStatusCode.BadRequest, "outside_lot" },
        { $$$"""{"lotId":"{{{lotId}}}","position":{"kind":"gps","lat":31.2397,"lng":121.4997,"levelHint":"B9"}}""", HttpStatusCode.NotFound, "level_not_found" },
        { $$$"""{"lotId":"{{{lotId}}}","position":{"kind":"reservation","reservationId":"x"}}""", HttpStatusCode.Unauthorized, "session_required" },
        { $$$"""[1,2,3]""", HttpStatusCode.BadRequest, "malformed_json" },
    };

    [Fact]
    public async Task Refine_BadInput_Returns4xxProblemWithCodeAndMessage()
    {
        using var client = fixture.Factory.CreateClient();
        foreach (var row in BadBodies(fixture.LotId, fixture.LevelId("B2")))
        {
            var (json, status, code) = ((string)row[0], (HttpStatusCode)row[1], (string)row[2]);
            using var content = new StringContent(json, Encoding.UTF8, "application/json");

            var response = await client.PostAsync("/api/mp/refine", content);

            Assert.True(status == response.StatusCode, $"{json[..Math.Min(json.Length, 120)]}: expected {status}, got {response.StatusCode}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(code, problem.GetProperty("code").GetString());
            Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        }
    }

    [Fact]
    public async Task Refine_WrongContentType_Returns415()
    {
        using var client = fixture.Factory.CreateClient();
        using var content = new StringContent("code=B2C17", Encoding.UTF8, "application/x-www-form-urlencoded");

        var response = await client.PostAsync("/api/mp/refine", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Refine_HugeBody_Returns413()
    {
        using var client = fixture.Factory.CreateClient();
        using var content = new StringContent($$"""{"pad":"{{{new string('x', 40_000)}}"}""", Encoding.UTF8, "application/json");

        var response = await client.PostAsync("/api/mp/refine", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Refine_EnglishAcceptLanguage_ProblemDetailIsEnglish()
    {
        using var client = fixture.Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/mp/refine")
        {
            Content = JsonContent.Create(new { lotId = fixture.LotId, position = new { kind = "spaceCode", code = "B2-C-049" } }),
        };
        request.Headers.AcceptLanguage.ParseAdd("en-US,en;q=0.9");

        var problem = await (await client.SendAsync(request)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("This lot has no such space.", problem.GetProperty("detail").GetString());
        Assert.Equal("Not found", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Refine_DefaultLanguage_ProblemDetailIsChinese()
    {
        using var client = fixture.Factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/mp/refine", new { lotId = fixture.LotId, position = new { kind = "spaceCode", code = "B2-C-049" } });

        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("本停车场没有这个车位。", problem.GetProperty("detail").GetString());
    }

    private async Task<JsonElement> RefineOkAsync(object request, string? language = null)
    {
        using var client = fixture.Factory.CreateClient();
        using var message = new HttpRequestMessage(HttpMethod.Post, "/api/mp/refine") { Content = JsonContent.Create(request) };
        if (language is not null)
        {
            message.Headers.AcceptLanguage.ParseAdd(language);
        }

        var response = await client.SendAsync(message);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
