using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ParkShare.Tests.Support;
using ParkShare.Web.Api;

namespace ParkShare.Tests.Web.Api;

public sealed class OpenApiDocumentTests(DemoLotFixture fixture) : IClassFixture<DemoLotFixture>
{
    private static readonly string[] Methods = ["get", "post", "put", "patch", "delete"];

    [Fact]
    public async Task Document_EveryApiOperation_HasSummaryExamplesAndProblemJsonErrors()
    {
        using var client = fixture.Factory.CreateClient();
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var failures = new List<string>();
        var operations = 0;

        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject().Where(p => p.Name.StartsWith("/api/", StringComparison.Ordinal)))
        {
            foreach (var op in path.Value.EnumerateObject().Where(o => Methods.Contains(o.Name)))
            {
                operations++;
                var name = $"{op.Name.ToUpperInvariant()} {path.Name}";
                if (!op.Value.TryGetProperty("summary", out var summary) || string.IsNullOrWhiteSpace(summary.GetString()))
                {
                    failures.Add($"{name}: no summary");
                }

                var responses = op.Value.GetProperty("responses").EnumerateObject().ToList();
                var success = responses.Where(r => r.Name.StartsWith('2')).OrderBy(r => r.Name, StringComparer.Ordinal).FirstOrDefault();
                if (success.Value.ValueKind == JsonValueKind.Undefined)
                {
                    failures.Add($"{name}: no success response");
                }
                else if (success.Name != "204" && !HasExamples(success.Value))
                {
                    failures.Add($"{name}: no example for {success.Name}");
                }

                if (op.Name is "post" or "put" && op.Value.TryGetProperty("requestBody", out var body) && !HasExamples(body))
                {
                    failures.Add($"{name}: no request body example");
                }

                foreach (var error in responses.Where(r => r.Name.StartsWith('4')))
                {
                    var types = error.Value.TryGetProperty("content", out var content) ? content.EnumerateObject().Select(c => c.Name).ToList() : [];
                    if (types.Count == 0 || types.Any(t => t != "application/problem+json") || !HasExamples(error.Value))
                    {
                        failures.Add($"{name}: {error.Name} is not an application/problem+json response with an example");
                    }
                }
            }
        }

        Assert.True(operations >= 19, $"only {operations} operations under /api");
        Assert.Empty(failures);
    }

    [Fact]
    public void Endpoints_EveryDescribedApiEndpoint_DeclaresSummaryDescriptionAndProblems()
    {
        var endpoints = fixture.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .Where(e => e.Metadata.GetMetadata<IExcludeFromDescriptionMetadata>() is not { ExcludeFromDescription: true })
            .ToList();
        var failures = new List<string>();
        foreach (var endpoint in endpoints)
        {
            var name = endpoint.DisplayName ?? endpoint.RoutePattern.RawText;
            if (string.IsNullOrWhiteSpace(endpoint.Metadata.GetMetadata<IEndpointSummaryMetadata>()?.Summary))
            {
                failures.Add($"{name}: no WithSummary");
            }

            if (string.IsNullOrWhiteSpace(endpoint.Metadata.GetMetadata<IEndpointDescriptionMetadata>()?.Description))
            {
                failures.Add($"{name}: no WithDescription");
            }

            if (!endpoint.Metadata.GetOrderedMetadata<ProblemCodesMetadata>().SelectMany(m => m.Problems).Any())
            {
                failures.Add($"{name}: no ProducesProblems");
            }
        }

        Assert.True(endpoints.Count >= 19, $"only {endpoints.Count} described endpoints under /api");
        Assert.Empty(failures);
    }

    [Fact]
    public async Task Document_ProblemExamples_CarryStableCodes()
    {
        using var client = fixture.Factory.CreateClient();
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));

        var conflict = document.RootElement.GetProperty("paths").GetProperty("/api/mp/reservations").GetProperty("post")
            .GetProperty("responses").GetProperty("409").GetProperty("content").GetProperty("application/problem+json").GetProperty("example");

        Assert.Equal("space_taken", conflict.GetProperty("code").GetString());
        Assert.Equal("/problems/space_taken", conflict.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Scalar_Loads()
    {
        using var client = fixture.Factory.CreateClient();

        var page = await client.GetAsync("/scalar/");
        var script = await client.GetAsync("/scalar/scalar.js");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("\"url\":\"openapi/v1.json\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }

    private static bool HasExamples(JsonElement holder) =>
        holder.TryGetProperty("content", out var content)
        && content.EnumerateObject().Any()
        && content.EnumerateObject().All(c => c.Value.TryGetProperty("example", out _) || (c.Value.TryGetProperty("examples", out var e) && e.EnumerateObject().Any()));
}
