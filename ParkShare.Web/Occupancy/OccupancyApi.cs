using Microsoft.AspNetCore.Http.HttpResults;
using ParkShare.Core.Lots;
using ParkShare.Core.Occupancy;
using ParkShare.Web.Api;
using static ParkShare.Web.Api.CommonProblems;

namespace ParkShare.Web.Occupancy;

/// <summary>
/// POST /api/lots/{lotId}/occupancy: the lot's sensors or plate cameras report spaces occupied or
/// free, authenticated by a per-lot API key (not a driver session, not the console cookie). An unknown,
/// revoked or other lot's key gets the same 401, so the answer reveals nothing about lots.
/// </summary>
public static class OccupancyApi
{
    public const string RateLimitPolicy = "occupancy";
    public const string KeyHeader = "X-Api-Key";
    private const string Scheme = "ApiKey ";
    private const int MaxBodyBytes = 256 * 1024;

    public static IEndpointRouteBuilder MapOccupancyApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/lots").WithTag("Occupancy", "The lot's own sensors and plate cameras report spaces occupied or free, with a per-lot API key.");
        group.MapPost("/{lotId:guid}/occupancy", ApplyAsync)
            .WithName("ReportOccupancy")
            .WithSummary("Report occupancy from the lot's sensors")
            .WithDescription(
                "For the lot's own sensors and plate cameras, with a per-lot API key (`Authorization: ApiKey psk_…` or `X-Api-Key`) that staff create in the console. "
                + "Up to 1000 observations by space code or id; the batch is checked whole before anything is written, and per space only a newer observation counts, "
                + "so repeated or late deliveries change nothing.")
            .WithExamples(
                response: new OccupancyResultDto(1, 0),
                request: new OccupancyRequest([new OccupancyObservation("B2-C-017", null, true, ApiExamples.Start, "cam-3")]))
            .ProducesProblems(Invalid, Malformed, (401, "api_key_invalid"), TooLarge, NotJson, (429, "rate_limited"))
            .Accepts<OccupancyRequest>("application/json")
            .WithJsonBodyLimit(MaxBodyBytes)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireRateLimiting(RateLimitPolicy)
            .WithSecurityScheme(OpenApiSecurity.SensorApiKey)
            .AllowAnonymous()
            .DisableAntiforgery();

        // A malformed lot id has no key: the same 401, rate limited like any other presented key.
        group.MapPost("/{lotId}/occupancy", (HttpContext context, ApiProblems problems) => Unauthorized(context, problems))
            .Accepts<OccupancyRequest>("application/json")
            .WithJsonBodyLimit(MaxBodyBytes)
            .RequireRateLimiting(RateLimitPolicy)
            .ExcludeFromDescription()
            .AllowAnonymous()
            .DisableAntiforgery();
        return app;
    }

    public static async Task<Results<Ok<OccupancyResultDto>, ValidationProblem, ProblemHttpResult>> ApplyAsync(
        Guid lotId,
        HttpContext context,
        LotApiKeyService keys,
        SensorKeyMisses misses,
        LotMapCache maps,
        OccupancyFeed feed,
        ApiProblems problems,
        CancellationToken cancellationToken)
    {
        var client = SensorKeyMisses.ClientOf(context);
        if (!misses.MayTry(client))
        {
            context.Response.Headers.RetryAfter = ((int)SensorKeyMisses.Window.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return problems.Problem(StatusCodes.Status429TooManyRequests, "rate_limited");
        }

        var secret = PresentedKey(context.Request);
        var key = secret is null ? null : await keys.AuthenticateAsync(lotId, secret, cancellationToken);
        var map = key is null ? null : await maps.GetAsync(key.LotId, cancellationToken);
        if (key is null || map is null)
        {
            misses.Missed(client);
            return Unauthorized(context, problems);
        }

        // Read only once the key is known, so a stranger's body is never parsed.
        var (body, unreadable) = await JsonBody.ReadAsync<OccupancyRequest>(context.Request, problems, cancellationToken);
        if (body is null)
        {
            return unreadable!;
        }

        if (body.Observations is not { Count: > 0 and <= OccupancyFeed.MaxBatch } items)
        {
            return problems.Validation(new Dictionary<string, string[]>
            {
                ["observations"] = [problems.Message("Validation.ObservationsCount", OccupancyFeed.MaxBatch)],
            });
        }

        var outcome = await feed.ApplyAsync(map, key.Id, [.. items.Select(o => o ?? new OccupancyObservation(null, null, null, null, null))], cancellationToken);
        if (outcome.KeyRevoked)
        {
            return Unauthorized(context, problems);
        }

        if (outcome.Errors.Count > 0)
        {
            return problems.Validation(outcome.Errors
                .GroupBy(e => $"observations[{e.Index}].{e.Field}")
                .ToDictionary(g => g.Key, g => g.Select(e => Message(problems, e)).ToArray()));
        }

        return TypedResults.Ok(new OccupancyResultDto(outcome.Applied, outcome.IgnoredAsOlder));
    }

    /// <summary>The secret from "Authorization: ApiKey …" or X-Api-Key; it is never logged.</summary>
    internal static string? PresentedKey(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return authorization[Scheme.Length..].Trim();
        }

        return request.Headers[KeyHeader].ToString().Trim() is { Length: > 0 } header ? header : null;
    }

    private static ProblemHttpResult Unauthorized(HttpContext context, ApiProblems problems)
    {
        context.Response.Headers.WWWAuthenticate = "ApiKey";
        return problems.Problem(StatusCodes.Status401Unauthorized, "api_key_invalid");
    }

    private static string Message(ApiProblems problems, OccupancyItemError e) => e.Kind switch
    {
        OccupancyItemErrorKind.UnknownSpace => problems.Message("Validation.UnknownSpace", e.Index, e.Value ?? string.Empty),
        OccupancyItemErrorKind.SpaceRequired => problems.Message("Validation.ObservationSpace", e.Index),
        OccupancyItemErrorKind.OccupiedRequired => problems.Message("Validation.ObservationOccupied", e.Index),
        OccupancyItemErrorKind.ObservedAtRequired => problems.Message("Validation.ObservationTime", e.Index),
        OccupancyItemErrorKind.ObservedAtInFuture => problems.Message("Validation.ObservationFuture", e.Index, (int)OccupancyFeed.MaxClockSkew.TotalMinutes),
        _ => problems.Message("Validation.ObservationSource", e.Index, Core.Occupancy.SensorOccupancy.MaxSourceLength),
    };
}
