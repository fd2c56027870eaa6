using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ParkShare.Tests.Fakes;

namespace ParkShare.Tests.Web.Occupancy;

/// <summary>Guessing sensor keys costs the guesser: past Occupancy:InvalidKeysPerClientPerMinute a client gets 429 before any lookup.</summary>
public sealed class SensorKeyMissesTests
{
    [Fact]
    public async Task Post_InvalidKeysOverTheLimitFromOneClient_429WithRetryAfter()
    {
        using var factory = new ParkShareWebFactory();
        factory.Settings["Occupancy:InvalidKeysPerClientPerMinute"] = "3";
        using var client = factory.CreateClient();
        var url = $"/api/lots/{Guid.NewGuid()}/occupancy";
        var body = new { observations = new[] { new { space = "B1-B-001", occupied = true, observedAt = DateTimeOffset.UtcNow } } };

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
            request.Headers.Add("X-Api-Key", "psk_" + new string((char)('A' + i), 43));
            var response = await client.SendAsync(request);
            statuses.Add(response.StatusCode);
            if (i == 3)
            {
                Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
                Assert.Equal("rate_limited", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
            }
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], statuses);
    }
}
