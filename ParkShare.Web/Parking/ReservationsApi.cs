using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using ParkShare.Core.Lots;
using ParkShare.Core.Parking;
using ParkShare.Web.Api;
using ParkShare.Web.Drivers;
using static ParkShare.Web.Api.CommonProblems;

namespace ParkShare.Web.Parking;

/// <summary>/api/mp/reservations: a signed-in driver's reservations. Another driver's id answers 404.</summary>
public static class ReservationsApi
{
    private const string ListScope = "reservations";

    public static IEndpointRouteBuilder MapReservationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/mp/reservations").WithTag("Reservations", "A driver reserves a space for a time window, checks in on arrival or cancels.").RequireAuthorization(DriverPrincipal.Policy).DisableAntiforgery();
        group.MapPost("/", CreateAsync).WithName("CreateReservation").WithJsonBodyLimit(4096)
            .WithSummary("Reserve a space")
            .WithDescription(
                "Race-free: two drivers never win one space for overlapping windows. Send an Idempotency-Key header to retry safely; "
                + "a replay answers the same reservation with Idempotent-Replayed: true.")
            .WithExamples(response: ParkingExamples.Reservation, request: ParkingExamples.ReservationRequest)
            .ProducesProblems(
                Invalid, (400, "window_invalid"), (400, "window_too_long"), (400, "too_far_ahead"), Malformed, SignedOut, (404, "space_not_found"),
                (409, "space_taken"), (409, "space_not_reservable"), (409, "too_many_reservations"), TooLarge, NotJson, (422, "idempotency_key_reused"));
        group.MapGet("/", ListAsync).WithName("ListReservations")
            .WithSummary("List my reservations")
            .WithDescription("Newest start first. `limit` 1–100 (default 20); `cursor` is the previous page's `nextCursor`, null on the last page.")
            .WithExamples(response: ParkingExamples.ReservationList)
            .ProducesProblems(Invalid, BadCursor, SignedOut);
        group.MapGet("/{id:guid}", GetAsync).WithName("GetReservation")
            .WithSummary("Get a reservation").WithDescription("One of my reservations; another driver's id answers 404.")
            .WithExamples(response: ParkingExamples.Reservation)
            .ProducesProblems(SignedOut, (404, "reservation_not_found"));
        group.MapDelete("/{id:guid}", CancelAsync).WithName("CancelReservation")
            .WithSummary("Cancel a reservation").WithDescription("Cancels one of my active reservations and frees the space.")
            .WithExamples(response: ParkingExamples.Cancelled)
            .ProducesProblems(SignedOut, (404, "reservation_not_found"), (409, "reservation_not_active"));
        group.MapMalformedId("GET /{id}", "reservation_not_found");
        group.MapMalformedId("DELETE /{id}", "reservation_not_found");
        return app;
    }

    public static async Task<Results<Created<ReservationDto>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        CreateReservationRequest? body,
        HttpContext context,
        ReservationService reservations,
        LotMapCache maps,
        ApiProblems problems,
        CancellationToken cancellationToken)
    {
        if (body is null)
        {
            return JsonBody.Missing(context.Request, problems);
        }

        var errors = new Dictionary<string, string[]>();
        var key = IdempotencyKeyHeader.Read(context.Request, problems, errors);

        if (errors.Count > 0)
        {
            return problems.Validation(errors);
        }

        var outcome = await reservations.CreateAsync(
            new ReservationRequest(context.User.DriverId(), Guid.Parse(body.SpaceId!), body.StartsAt!.Value.UtcDateTime, body.EndsAt!.Value.UtcDateTime, key),
            cancellationToken);
        if (outcome.Reservation is not { } reservation)
        {
            return Refused(problems, outcome.Error);
        }

        if (outcome.Replayed)
        {
            context.Response.Headers["Idempotent-Replayed"] = "true";
        }

        return TypedResults.Created($"/api/mp/reservations/{reservation.Id}", await ToDtoAsync(reservation, maps, cancellationToken));
    }

    /// <summary>Newest start first; ?limit= (1..100, default 20) and ?cursor= (the previous page's nextCursor).</summary>
    public static async Task<Results<Ok<ReservationListDto>, ValidationProblem>> ListAsync(
        string? cursor, string? limit, HttpContext context, ReservationService reservations, LotMapCache maps, PageCursors cursors, ApiProblems problems, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var take = PageCursors.ReadLimit(limit, problems, errors);
        if (errors.Count > 0)
        {
            return problems.Validation(errors);
        }

        if (!cursors.TryRead(cursor, ListScope, out var after))
        {
            return PageCursors.Invalid(problems);
        }

        var page = await reservations.PageAsync(context.User.DriverId(), after?.ToTimeKey(), take + 1, cancellationToken);
        var items = new List<ReservationDto>();
        foreach (var r in page.Take(take))
        {
            items.Add(await ToDtoAsync(r, maps, cancellationToken));
        }

        return TypedResults.Ok(new ReservationListDto(items, cursors.Next(page, take, ListScope, r => CursorPosition.AtTime(r.StartsAtUtc, r.Id))));
    }

    public static async Task<Results<Ok<ReservationDto>, ProblemHttpResult>> GetAsync(
        Guid id, HttpContext context, ReservationService reservations, LotMapCache maps, ApiProblems problems, CancellationToken cancellationToken)
    {
        var reservation = await reservations.FindAsync(context.User.DriverId(), id, cancellationToken);
        return reservation is null
            ? problems.Problem(StatusCodes.Status404NotFound, "reservation_not_found")
            : TypedResults.Ok(await ToDtoAsync(reservation, maps, cancellationToken));
    }

    public static async Task<Results<Ok<ReservationDto>, ProblemHttpResult>> CancelAsync(
        Guid id, HttpContext context, ReservationService reservations, LotMapCache maps, ApiProblems problems, CancellationToken cancellationToken)
    {
        var outcome = await reservations.CancelAsync(context.User.DriverId(), id, null, cancellationToken);
        return outcome.Reservation is { } r ? TypedResults.Ok(await ToDtoAsync(r, maps, cancellationToken)) : Refused(problems, outcome.Error);
    }

    internal static ProblemHttpResult Refused(ApiProblems problems, ReservationError error) => error switch
    {
        ReservationError.SpaceNotFound => problems.Problem(StatusCodes.Status404NotFound, "space_not_found"),
        ReservationError.NotFound => problems.Problem(StatusCodes.Status404NotFound, "reservation_not_found"),
        ReservationError.SpaceNotReservable => problems.Problem(StatusCodes.Status409Conflict, "space_not_reservable"),
        ReservationError.SpaceTaken => problems.Problem(StatusCodes.Status409Conflict, "space_taken"),
        ReservationError.TooManyReservations => problems.Problem(StatusCodes.Status409Conflict, "too_many_reservations"),
        ReservationError.NotActive => problems.Problem(StatusCodes.Status409Conflict, "reservation_not_active"),
        ReservationError.IdempotencyKeyReused => problems.Problem(StatusCodes.Status422UnprocessableEntity, "idempotency_key_reused"),
        ReservationError.WindowTooLong => problems.Problem(StatusCodes.Status400BadRequest, "window_too_long"),
        ReservationError.TooFarAhead => problems.Problem(StatusCodes.Status400BadRequest, "too_far_ahead"),
        _ => problems.Problem(StatusCodes.Status400BadRequest, "window_invalid"),
    };

    private static async Task<ReservationDto> ToDtoAsync(Reservation r, LotMapCache maps, CancellationToken cancellationToken)
    {
        var map = await maps.GetAsync(r.LotId, cancellationToken);
        return new ReservationDto(
            r.Id.ToString(), r.LotId.ToString(), r.SpaceId.ToString(), map?.Space(r.SpaceId)?.Code,
            r.StartsAtUtc.ToOffset(), r.EndsAtUtc.ToOffset(), r.HoldUntilUtc.ToOffset(), JsonNamingPolicy.CamelCase.ConvertName(r.State.ToString()), r.CancelReason);
    }
}
