using Microsoft.AspNetCore.Http.HttpResults;
using ParkShare.Core.Lots;
using ParkShare.Core.Parking;
using ParkShare.Web.Api;

namespace ParkShare.Web.Lots;

/// <summary>
/// A level map in two parts: geometry (changes only when staff edit the lot: pre-encoded bytes per
/// lot version, ETag, 304 on revalidation) and live states (small, one query).
/// </summary>
public static class LevelMapsApi
{
    public static IEndpointRouteBuilder MapLevelMapsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/mp/lots/{lotId:guid}/levels").WithTag("Lots", "Lots, their levels and live availability, level geometry and live space states. Anonymous.").AllowAnonymous();
        group.MapGet("/{levelId:guid}/map", GetMapAsync).WithName("GetLevelMap").Produces(StatusCodes.Status200OK, contentType: "application/json").Produces(StatusCodes.Status304NotModified)
            .WithSummary("Get a level's geometry")
            .WithDescription("Outline, zones, spaces, landmarks and walkways in lot-local metres. Carries an ETag per lot version; send If-None-Match to get 304.")
            .WithExamples(response: LotsExamples.LevelMap)
            .ProducesProblems((404, "level_not_found"), (404, "lot_not_found"));
        group.MapGet("/{levelId:guid}/states", GetStatesAsync).WithName("GetLevelStates")
            .WithSummary("Get a level's live space states")
            .WithDescription("One character per space in the order of the level map's spaces: F free, R reserved, O occupied, D disabled.")
            .WithExamples(response: LotsExamples.LevelStates)
            .ProducesProblems((404, "level_not_found"), (404, "lot_not_found"));

        // A malformed level id of a lot that exists names no level; a malformed lot id is answered beside GetLot.
        group.MapGet("/{levelId}/map", MalformedLevelAsync).ExcludeFromDescription();
        group.MapGet("/{levelId}/states", MalformedLevelAsync).ExcludeFromDescription();
        return app;
    }

    public static async Task<Results<FileContentHttpResult, StatusCodeHttpResult, ProblemHttpResult>> GetMapAsync(
        Guid lotId, Guid levelId, HttpContext context, LotMapCache maps, ApiProblems problems, CancellationToken cancellationToken)
    {
        var (map, level) = await FindAsync(lotId, levelId, maps, cancellationToken);
        if (map is null || level is null)
        {
            return problems.Problem(StatusCodes.Status404NotFound, map is null ? "lot_not_found" : "level_not_found");
        }

        var etag = LevelGeometryEncoder.ETag(map, level);
        context.Response.Headers.ETag = etag;
        context.Response.Headers.CacheControl = "public, no-cache";
        if (context.Request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(t => t.Trim() == etag || t.Trim() == "*")))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return TypedResults.Bytes(level.EncodedGeometry(map), "application/json");
    }

    public static async Task<Results<Ok<LevelStatesDto>, ProblemHttpResult>> GetStatesAsync(
        Guid lotId, Guid levelId, HttpContext context, LotMapCache maps, SpaceStates states, ApiProblems problems, CancellationToken cancellationToken)
    {
        var (map, level) = await FindAsync(lotId, levelId, maps, cancellationToken);
        if (map is null || level is null)
        {
            return problems.Problem(StatusCodes.Status404NotFound, map is null ? "lot_not_found" : "level_not_found");
        }

        var live = await states.ForLevelAsync(map.LotId, level, cancellationToken);
        context.Response.Headers.CacheControl = "no-store";
        int Count(SpaceStateKind k) => live.Count(s => s == k);
        return TypedResults.Ok(new LevelStatesDto(
            level.Id.ToString(), map.Version, new string([.. live.Select(s => (char)s)]),
            Count(SpaceStateKind.Free), Count(SpaceStateKind.Reserved), Count(SpaceStateKind.Occupied), Count(SpaceStateKind.Disabled)));
    }

    public static async Task<ProblemHttpResult> MalformedLevelAsync(Guid lotId, LotMapCache maps, ApiProblems problems, CancellationToken cancellationToken) =>
        problems.Problem(StatusCodes.Status404NotFound, await maps.GetAsync(lotId, cancellationToken) is null ? "lot_not_found" : "level_not_found");

    private static async Task<(LotMap? Map, LevelMap? Level)> FindAsync(Guid lotId, Guid levelId, LotMapCache maps, CancellationToken cancellationToken)
    {
        var map = await maps.GetAsync(lotId, cancellationToken);
        return (map, map?.Level(levelId));
    }
}
