using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ParkShare.Tests.Fakes;

namespace ParkShare.Tests.Web.Api;

public sealed class RateLimitTests
{
    [Fact]
    public async Task Refine_OverPerMinuteLimit_Returns429WithRetryAfter()
    {
        using var factory = new ParkShareWebFactory();
        factory.Settings["RateLimits:RefinePerMinute"] = "3";
        using var client = factory.CreateClient();
        var request = new { lotId = Guid.Empty.ToString(), position = new { kind = "spaceCode", code = "B2C17" } };

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 4; i++)
        {
            last = await client.PostAsJsonAsync("/api/mp/refine", request);
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.TooManyRequests], statuses);
        Assert.True(last!.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        var problem = await last.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("rate_limited", problem.GetProperty("code").GetString());
    }
}
