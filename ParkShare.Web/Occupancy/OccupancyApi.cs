using Microsoft.AspNetCore.Http.HttpResults;
using ParkShare.Core.Lots;
using ParkShare.Core.Occupancy;
using ParkShare.Web.Api;

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
        app.MapGroup("/api/lots/{lotId}").WithTags("Occupancy")
            .MapPost("/occupancy", ApplyAsync)
            .WithName("ReportOccupancy")
            .Accepts<OccupancyRequest>("application/json")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireRateLimiting(RateLimitPolicy)
            .AllowAnonymous()
            .DisableAntiforgery();
        return app;
    }

    public static async Task<Results<Ok<OccupancyResultDto>, ValidationProblem, ProblemHttpResult>> ApplyAsync(
        string lotId,
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
        var key = secret is not null && Guid.TryParse(lotId, out var id) ? await keys.AuthenticateAsync(id, secret, cancellationToken) : null;
        var map = key is null ? null : await maps.GetAsync(key.LotId, cancellationToken);
        if (key is null || map is null)
        {
            misses.Missed(client);
            return Unauthorized(context, problems);
        }

        var (body, problemCode, status) = await JsonBody.ReadAsync<OccupancyRequest>(context.Request, MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            return problems.Problem(status, problemCode!);
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
