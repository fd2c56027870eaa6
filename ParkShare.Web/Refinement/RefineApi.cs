using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using ParkShare.Core.Lots;
using ParkShare.Core.Parking;
using ParkShare.Core.Refinement;
using ParkShare.Web.Api;
using ParkShare.Web.Drivers;
using static ParkShare.Web.Api.CommonProblems;

namespace ParkShare.Web.Refinement;

/// <summary>POST /api/mp/refine: a basic position in, the detailed position (or candidates) out. Nothing is stored.</summary>
public static class RefineApi
{
    public const string RateLimitPolicy = "refine";
    private const int MaxBodyBytes = 16 * 1024;

    public static IEndpointRouteBuilder MapRefineApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/mp").WithTag("Refinement", "Turn a basic position (space code, marker, map point, GPS, reservation) into the detailed position.")
            .MapPost("/refine", RefineAsync)
            .WithName("Refine")
            .WithSummary("Refine a basic position")
            .WithDescription(
                "A space code, marker, map point, GPS fix or (with the owner's token) a reservation in; the detailed position, or ranked candidates when ambiguous, out. Nothing is stored.")
            .WithExamples(response: RefinementExamples.Response, request: RefinementExamples.Request)
            .ProducesProblems(
                Invalid, (400, "invalid_space_code"), (400, "incomplete_space_code"), Malformed, (401, "session_required"), (404, "space_not_found"), (404, "lot_not_found"),
                (404, "marker_not_found"), TooLarge, NotJson, (429, "rate_limited"))
            .WithJsonBodyLimit(MaxBodyBytes)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireRateLimiting(RateLimitPolicy)
            .WithSecurityScheme(OpenApiSecurity.Bearer, optional: true)
            .AllowAnonymous()
            .DisableAntiforgery();
        return app;
    }

    public static async Task<Results<Ok<RefineResponse>, ValidationProblem, ProblemHttpResult>> RefineAsync(
        RefineRequest? body,
        HttpRequest request,
        ReservationService reservations,
        LotMapCache maps,
        PositionRefiner refiner,
        DetailedPositionMapper mapper,
        ApiProblems problems,
        CancellationToken cancellationToken)
    {
        if (body is null)
        {
            return JsonBody.Missing(request, problems);
        }

        if (body.Position?.Kind == PositionRequest.ReservationKind)
        {
            return await RefineReservationAsync(request.HttpContext, body, reservations, maps, refiner, mapper, problems, cancellationToken);
        }

        // Validated already (RefineRequest.Validate); this reads the same rules into Core's position.
        var errors = new Dictionary<string, string[]>();
        var position = PositionRequestReader.Read(body.Position, problems, errors);
        if (position is null)
        {
            return problems.Validation(errors);
        }

        var map = Guid.TryParse(body.LotId, out var lotId) ? await maps.GetCurrentAsync(lotId, cancellationToken) : null;
        if (map is null)
        {
            return problems.Problem(StatusCodes.Status404NotFound, "lot_not_found");
        }

        var result = refiner.Refine(map, position);
        return result.Status switch
        {
            RefinementStatus.Resolved => TypedResults.Ok(new RefineResponse("resolved", mapper.ToDto(result.Position!), null)),
            RefinementStatus.Ambiguous => TypedResults.Ok(new RefineResponse("ambiguous", null, [.. result.Candidates.Select(mapper.ToDto)])),
            _ => problems.Problem(StatusFor(result.Error), CodeFor(result.Error)),
        };
    }

    /// <summary>A reservation is only ever described to its own driver (bearer token); anyone else gets 401 or 404.</summary>
    private static async Task<Results<Ok<RefineResponse>, ValidationProblem, ProblemHttpResult>> RefineReservationAsync(
        HttpContext context, RefineRequest body, ReservationService reservations, LotMapCache maps, PositionRefiner refiner,
        DetailedPositionMapper mapper, ApiProblems problems, CancellationToken cancellationToken)
    {
        var auth = await context.AuthenticateAsync(DriverAuthenticationHandler.SchemeName);
        if (!auth.Succeeded)
        {
            return problems.Problem(StatusCodes.Status401Unauthorized, "session_required");
        }

        var reservation = Guid.TryParse(body.Position!.ReservationId, out var id) ? await reservations.FindAsync(auth.Principal.DriverId(), id, cancellationToken) : null;
        var map = reservation is not null && body.LotId == reservation.LotId.ToString() ? await maps.GetCurrentAsync(reservation.LotId, cancellationToken) : null;
        if (reservation is null || map?.Space(reservation.SpaceId) is not { } space)
        {
            return problems.Problem(StatusCodes.Status404NotFound, "reservation_not_found");
        }

        return TypedResults.Ok(new RefineResponse("resolved", mapper.ToDto(refiner.Describe(map, space, ResolvedBy.Reservation)), null));
    }

    internal static int StatusFor(RefinementError error) => error switch
    {
        RefinementError.SpaceNotFound or RefinementError.MarkerNotFound or RefinementError.UnknownLevel or RefinementError.NoSpaceNearby
            => StatusCodes.Status404NotFound,
        _ => StatusCodes.Status400BadRequest,
    };

    internal static string CodeFor(RefinementError error) => error switch
    {
        RefinementError.InvalidSpaceCode => "invalid_space_code",
        RefinementError.IncompleteSpaceCode => "incomplete_space_code",
        RefinementError.SpaceNotFound => "space_not_found",
        RefinementError.MarkerNotFound => "marker_not_found",
        RefinementError.UnknownLevel => "level_not_found",
        RefinementError.InvalidCoordinates => "invalid_coordinates",
        RefinementError.OutsideLot => "outside_lot",
        RefinementError.NoSpaceNearby => "no_space_nearby",
        _ => "refinement_failed",
    };
}
