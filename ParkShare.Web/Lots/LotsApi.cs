using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using ParkShare.Core.Data;
using ParkShare.Core.Lots;
using ParkShare.Core.Parking;
using ParkShare.Web.Api;
using static ParkShare.Web.Api.CommonProblems;

namespace ParkShare.Web.Lots;

/// <summary>Public lot and level data for the mini-program: GET /api/mp/lots and /api/mp/lots/{lotId}.</summary>
public static class LotsApi
{
    private const string ByIdScope = "lots";

    public static IEndpointRouteBuilder MapLotsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/mp/lots").WithTag("Lots", "Lots, their levels and live availability, level geometry and live space states. Anonymous.").AllowAnonymous();
        group.MapGet("/", ListAsync).WithName("ListLots")
            .WithSummary("List lots")
            .WithDescription(
                "Lots by id, or nearest first with `lat` and `lng` (WGS84 degrees, both or neither): then every item carries `distanceMeters`, "
                + "the great-circle distance to the lot's georeference origin. `limit` 1–100 (default 20); `cursor` is the previous page's `nextCursor` "
                + "(opaque, valid only with the same query), null on the last page.")
            .WithExamples(response: LotsExamples.LotPage)
            .ProducesProblems(Invalid, BadCursor);
        group.MapGet("/{lotId:guid}", GetAsync).WithName("GetLot")
            .WithSummary("Get a lot").WithDescription("A lot with its levels and live availability per level and zone.")
            .WithExamples(response: LotsExamples.LotDetail)
            .ProducesProblems((404, "lot_not_found"));
        group.MapMalformedId("GET /{lotId}", "lot_not_found");
        group.MapMalformedId("GET /{lotId}/levels/{levelId}/map", "lot_not_found");
        group.MapMalformedId("GET /{lotId}/levels/{levelId}/states", "lot_not_found");
        return app;
    }

    /// <summary>
    /// Lots by id, or nearest first when lat and lng are given. Lots are few, so the distance order
    /// is computed in memory over every lot's origin; its cursor holds (distance, id) and the point.
    /// </summary>
    public static async Task<Results<Ok<LotPageDto>, ValidationProblem>> ListAsync(
        string? cursor,
        string? limit,
        string? lat,
        string? lng,
        IDbContextFactory<ParkShareDbContext> contexts,
        PageCursors cursors,
        ApiProblems problems,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var take = PageCursors.ReadLimit(limit, problems, errors);
        var near = ReadPoint(lat, lng, problems, errors);
        if (errors.Count > 0)
        {
            return problems.Validation(errors);
        }

        var scope = near is { } p ? string.Create(CultureInfo.InvariantCulture, $"lots@{p.Lat:R},{p.Lng:R}") : ByIdScope;
        if (!cursors.TryRead(cursor, scope, out var after))
        {
            return PageCursors.Invalid(problems);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        List<(Guid Id, double? Distance)> page;
        if (near is { } point)
        {
            var origins = await db.Lots.AsNoTracking()
                .Select(l => new { l.Id, l.Georeference.OriginLat, l.Georeference.OriginLng })
                .ToListAsync(cancellationToken);
            page = [.. origins
                .Select(l => (l.Id, Distance: point.DistanceTo(new GeoPoint(l.OriginLat, l.OriginLng))))
                .Where(l => after is not { } a || l.Distance > a.Distance || (l.Distance == a.Distance && l.Id.CompareTo(a.Id) > 0))
                .OrderBy(l => l.Distance).ThenBy(l => l.Id)
                .Take(take + 1)
                .Select(l => (l.Id, (double?)l.Distance))];
        }
        else
        {
            var afterId = after?.Id ?? Guid.Empty;
            var ids = await db.Lots.AsNoTracking()
                .Where(l => after == null || l.Id.CompareTo(afterId) > 0)
                .OrderBy(l => l.Id)
                .Take(take + 1)
                .Select(l => l.Id)
                .ToListAsync(cancellationToken);
            page = [.. ids.Select(id => (id, (double?)null))];
        }

        var pageIds = page.Take(take).Select(l => l.Id).ToList();
        var lots = await db.Lots.AsNoTracking()
            .Where(l => pageIds.Contains(l.Id))
            .Select(l => new { l.Id, l.Name, l.Address, Levels = l.Levels.OrderByDescending(v => v.Ordinal).Select(v => new { v.Id, v.Name, v.Ordinal }).ToList() })
            .ToDictionaryAsync(l => l.Id, cancellationToken);
        var items = page.Take(take).Where(l => lots.ContainsKey(l.Id)).Select(l =>
        {
            var lot = lots[l.Id];
            var levels = lot.Levels.Select(v => new LevelSummaryDto(v.Id.ToString(), v.Name, v.Ordinal)).ToList();
            return new LotSummaryDto(lot.Id.ToString(), lot.Name, lot.Address, levels, l.Distance is { } d ? Math.Round(d, 1) : null);
        }).ToList();
        var next = cursors.Next(page, take, scope, l => l.Distance is { } d ? CursorPosition.AtDistance(d, l.Id) : new CursorPosition(0, l.Id));
        return TypedResults.Ok(new LotPageDto(items, next));
    }

    /// <summary>?lat= and ?lng= (WGS84 degrees) come together, each in range, or not at all.</summary>
    private static GeoPoint? ReadPoint(string? lat, string? lng, ApiProblems problems, Dictionary<string, string[]> errors)
    {
        if (lat is null && lng is null)
        {
            return null;
        }

        var latitude = Parse(lat);
        var longitude = Parse(lng);
        if (latitude is not (>= -90 and <= 90))
        {
            errors["lat"] = [problems.Message("Validation.NearLat")];
        }

        if (longitude is not (>= -180 and <= 180))
        {
            errors["lng"] = [problems.Message("Validation.NearLng")];
        }

        return errors.ContainsKey("lat") || errors.ContainsKey("lng") ? null : new GeoPoint(latitude, longitude);

        static double Parse(string? value) =>
            double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : double.NaN;
    }

    public static async Task<Results<Ok<LotDetailDto>, ProblemHttpResult>> GetAsync(
        Guid lotId,
        LotMapCache maps,
        SpaceStates states,
        ApiProblems problems,
        CancellationToken cancellationToken)
    {
        var map = await maps.GetAsync(lotId, cancellationToken);
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
