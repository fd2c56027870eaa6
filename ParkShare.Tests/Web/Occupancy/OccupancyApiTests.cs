using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParkShare.Core.Data;
using ParkShare.Core.Lots;
using ParkShare.Core.Occupancy;
using ParkShare.Tests.Fakes;
using ParkShare.Tests.Support;

namespace ParkShare.Tests.Web.Occupancy;

public sealed class OccupancyApiTests(DemoLotFixture fixture) : IClassFixture<DemoLotFixture>
{
    private string Url => $"/api/lots/{fixture.LotId}/occupancy";

    [Fact]
    public async Task Post_OccupiedThenFree_LevelStatesShowOThenF()
    {
        var secret = await CreateKeyAsync(fixture.Factory, Guid.Parse(fixture.LotId));
        using var client = fixture.Factory.CreateClient();
        var at = DateTimeOffset.UtcNow.AddMinutes(-1);

        var occupied = await PostAsync(client, Url, secret, new { observations = new[] { new { space = "B2-C-017", occupied = true, observedAt = at, source = "cam-3" } } }, header: "X-Api-Key");
        var stateWhileOccupied = await StateAsync(client, "B2", "B2-C-017");
        var freed = await PostAsync(client, Url, secret, new { observations = new[] { new { spaceId = DriverClient.SpaceId(fixture, "B2-C-017"), occupied = false, observedAt = at.AddSeconds(30), source = "cam-3" } } });
        var stateAfterFreed = await StateAsync(client, "B2", "B2-C-017");

        Assert.Equal(HttpStatusCode.OK, occupied.StatusCode);
        Assert.Equal(1, (await occupied.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("applied").GetInt32());
        Assert.Equal('O', stateWhileOccupied);
        Assert.Equal(0, (await freed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("ignoredAsOlder").GetInt32());
        Assert.Equal('F', stateAfterFreed);
    }

    [Fact]
    public async Task Post_MissingUnknownRevokedOrOtherLotsKey_All401WithTheSameProblem()
    {
        var lotId = Guid.Parse(fixture.LotId);
        var revoked = await CreateKeyAsync(fixture.Factory, lotId);
        var keys = fixture.Factory.Services.GetRequiredService<LotApiKeyService>();
        await keys.RevokeAsync(lotId, (await keys.ListAsync(lotId)).Single(k => k.Prefix == revoked[..12]).Id, "test");
        var otherLotsKey = await CreateKeyAsync(fixture.Factory, await AddOtherLotAsync());
        var valid = await CreateKeyAsync(fixture.Factory, lotId);
        using var client = fixture.Factory.CreateClient();
        var body = new { observations = new[] { new { space = "B1-B-001", occupied = true, observedAt = DateTimeOffset.UtcNow } } };

        var responses = new[]
        {
            await PostAsync(client, Url, null, body),
            await PostAsync(client, Url, "psk_" + new string('A', 43), body),
            await PostAsync(client, Url, "not a key", body),
            await PostAsync(client, Url, revoked, body),
            await PostAsync(client, Url, otherLotsKey, body),
            await PostAsync(client, $"/api/lots/{Guid.NewGuid()}/occupancy", valid, body),
            await PostAsync(client, "/api/lots/not-a-guid/occupancy", valid, body),
        };

        foreach (var response in responses)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("api_key_invalid", problem.GetProperty("code").GetString());
        }

        Assert.Single(responses.Select(r => r.Content.ReadAsStringAsync().Result.Split("\"traceId\"")[0]).Distinct());
        Assert.Equal('F', await StateAsync(client, "B1", "B1-B-001"));
    }

    [Fact]
    public async Task Post_BadBodies_ClearProblemsAndNothingWritten()
    {
        var secret = await CreateKeyAsync(fixture.Factory, Guid.Parse(fixture.LotId));
        using var client = fixture.Factory.CreateClient();
        var now = DateTimeOffset.UtcNow;
        object Item(string code, DateTimeOffset at) => new { space = code, occupied = true, observedAt = at };

        var wrongType = await PostRawAsync(client, secret, "observations", "text/plain");
        var malformed = await PostRawAsync(client, secret, "{\"observations\": [", "application/json");
        var badValue = await PostRawAsync(client, secret, "{\"observations\": [{\"space\":\"B1-B-002\",\"occupied\":\"yes\"}]}", "application/json");
        var empty = await PostAsync(client, Url, secret, new { observations = Array.Empty<object>() });
        var tooMany = await PostAsync(client, Url, secret, new { observations = Enumerable.Range(1, 1001).Select(_ => Item("B1-B-002", now)).ToArray() });
        var future = await PostAsync(client, Url, secret, new { observations = new[] { Item("B1-B-002", now.AddHours(2)) } });
        var unknown = await PostAsync(client, Url, secret, new { observations = new[] { Item("B1-B-002", now), Item("B9-Z-999", now) } }, language: "en");
        var unknownZh = await PostAsync(client, Url, secret, new { observations = new[] { Item("B1-B-002", now), Item("B9-Z-999", now) } }, language: "zh-CN");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, wrongType.StatusCode);
        Assert.Equal("malformed_json", await CodeAsync(malformed));
        Assert.Equal("malformed_json", await CodeAsync(badValue));
        Assert.Equal("validation_failed", await CodeAsync(empty));
        Assert.Equal("validation_failed", await CodeAsync(tooMany));
        var futureErrors = (await future.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(futureErrors.TryGetProperty("observations[0].observedAt", out _));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        var message = (await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("observations[1].space")[0].GetString();
        Assert.Equal("Item 1: this lot has no space 'B9-Z-999'.", message);
        Assert.Contains("第 1 条", (await unknownZh.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("observations[1].space")[0].GetString());
        Assert.Equal('F', await StateAsync(client, "B1", "B1-B-002"));
    }

    [Fact]
    public async Task Post_OverPerKeyLimit_Returns429ForThatKeyOnly()
    {
        using var factory = new ParkShareWebFactory();
        factory.Settings["RateLimits:OccupancyBatchesPerMinute"] = "2";
        using var client = factory.CreateClient();
        var lots = await client.GetFromJsonAsync<JsonElement>("/api/mp/lots");
        var lotId = lots.GetProperty("items")[0].GetProperty("id").GetString()!;
        var busy = await CreateKeyAsync(factory, Guid.Parse(lotId));
        var quiet = await CreateKeyAsync(factory, Guid.Parse(lotId));
        var url = $"/api/lots/{lotId}/occupancy";
        var body = new { observations = new[] { new { space = "B3-A-001", occupied = true, observedAt = DateTimeOffset.UtcNow } } };

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await PostAsync(client, url, busy, body)).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(client, url, quiet, body)).StatusCode);
    }

    private static async Task<string> CreateKeyAsync(ParkShareWebFactory factory, Guid lotId) =>
        (await factory.Services.GetRequiredService<LotApiKeyService>().CreateAsync(lotId, "test gateway", "test")).Secret!;

    private async Task<Guid> AddOtherLotAsync()
    {
        var contexts = fixture.Factory.Services.GetRequiredService<IDbContextFactory<ParkShareDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        var lot = Lot.Create("Other lot", "-", "Asia/Shanghai", new Georeference(31.2, 121.5, 0, 1));
        db.Lots.Add(lot);
        await db.SaveChangesAsync();
        return lot.Id;
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, string? secret, object body, string header = "Authorization", string language = "en")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        if (secret is not null && header == "Authorization")
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("ApiKey", secret);
        }
        else if (secret is not null)
        {
            request.Headers.Add(header, secret);
        }

        request.Headers.AcceptLanguage.ParseAdd(language);
        return await client.SendAsync(request);
    }

    private async Task<HttpResponseMessage> PostRawAsync(HttpClient client, string secret, string body, string contentType)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Url) { Content = new StringContent(body, Encoding.UTF8, contentType) };
        request.Headers.Authorization = new AuthenticationHeaderValue("ApiKey", secret);
        return await client.SendAsync(request);
    }

    private static async Task<string?> CodeAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString();

    private async Task<char> StateAsync(HttpClient client, string levelName, string code)
    {
        var map = (await fixture.Factory.Services.GetRequiredService<LotMapCache>().GetAsync(Guid.Parse(fixture.LotId)))!;
        var level = map.Levels.Single(l => l.Name == levelName);
        var index = level.Spaces.ToList().FindIndex(s => s.Code == code);
        var states = await client.GetFromJsonAsync<JsonElement>($"/api/mp/lots/{fixture.LotId}/levels/{level.Id}/states");
        return states.GetProperty("states").GetString()![index];
    }
}
