using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using ParkShare.Core.Data;
using ParkShare.Core.Lots;
using ParkShare.Core.Parking;

namespace ParkShare.Web.Api;

/// <summary>Public lot and level data for the mini-program: GET /api/mp/lots and /api/mp/lots/{lotId}.</summary>
public static class LotsApi
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public static IEndpointRouteBuilder MapLotsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/mp/lots").WithTags("Lots").AllowAnonymous();
        group.MapGet("/", ListAsync).WithName("ListLots");
        group.MapGet("/{lotId}", GetAsync).WithName("GetLot");
        return app;
    }

    public static async Task<Results<Ok<LotPageDto>, ValidationProblem>> ListAsync(
        string? cursor,
        int? limit,
        IDbContextFactory<ParkShareDbContext> contexts,
        ApiProblems problems,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var after = Guid.Empty;
        if (cursor is not null && !Guid.TryParse(cursor, out after))
        {
            errors["cursor"] = [problems.Message("Validation.BadCursor")];
        }

        if (limit is < 1 or > MaxPageSize)
        {
            errors["limit"] = [problems.Message("Validation.BadLimit", MaxPageSize)];
        }

        if (errors.Count > 0)
        {
            return problems.Validation(errors);
        }

        var take = limit ?? DefaultPageSize;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var lots = await db.Lots.AsNoTracking()
            .Where(l => cursor == null || l.Id.CompareTo(after) > 0)
            .OrderBy(l => l.Id)
            .Take(take + 1)
            .Select(l => new { l.Id, l.Name, l.Address, Levels = l.Levels.OrderByDescending(v => v.Ordinal).Select(v => new { v.Id, v.Name, v.Ordinal }).ToList() })
            .ToListAsync(cancellationToken);
        var items = lots.Take(take)
            .Select(l => new LotSummaryDto(l.Id.ToString(), l.Name, l.Address, [.. l.Levels.Select(v => new LevelSummaryDto(v.Id.ToString(), v.Name, v.Ordinal))]))
            .ToList();
        return TypedResults.Ok(new LotPageDto(items, lots.Count > take ? items[^1].Id : null));
    }

    public static async Task<Results<Ok<LotDetailDto>, ProblemHttpResult>> GetAsync(
        string lotId,
        LotMapCache maps,
        SpaceStates states,
        ApiProblems problems,
        CancellationToken cancellationToken)
    {
        var map = Guid.TryParse(lotId, out var id) ? await maps.GetAsync(id, cancellationToken) : null;
        if (map is null)
        {
            return problems.Problem(StatusCodes.Status404NotFound, "lot_not_found");
        }

        var origin = map.Georeference.ToWgs84(new Core.Geometry.Point2(0, 0));
        var levels = new List<LevelDetailDto>();
        foreach (var level in map.Levels)
        {
            var live = await states.ForLevelAsync(map.LotId, level, cancellationToken);
            bool IsFree(SpaceEntry s, int i) => live[i] == SpaceStateKind.Free;
            var zones = level.Zones.Select(z => new ZoneAvailabilityDto(
                z.Code,
                z.Name,
                level.Spaces.Count(s => s.Zone?.Id == z.Id),
                level.Spaces.Where(IsFree).Count(s => s.Zone?.Id == z.Id))).ToList();
            levels.Add(new LevelDetailDto(level.Id.ToString(), level.Name, level.Ordinal, level.Spaces.Count, live.Count(s => s == SpaceStateKind.Free), zones));
        }

        return TypedResults.Ok(new LotDetailDto(
            map.LotId.ToString(),
            map.Name,
            map.Address,
            map.TimeZoneId,
            map.Version,
            Math.Round(origin.Lat, 7),
            Math.Round(origin.Lng, 7),
            levels));
    }
}
