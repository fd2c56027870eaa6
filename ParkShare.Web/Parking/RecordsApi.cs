using Microsoft.AspNetCore.Http.HttpResults;
using ParkShare.Core.Lots;
using ParkShare.Core.Parking;
using ParkShare.Core.Refinement;
using ParkShare.Web.Api;
using ParkShare.Web.Drivers;
using ParkShare.Web.Refinement;
using static ParkShare.Web.Api.CommonProblems;

namespace ParkShare.Web.Parking;

/// <summary>/api/mp/records: where my car is. A record stores the refined position of any basic position kind.</summary>
public static class RecordsApi
{
    public static IEndpointRouteBuilder MapRecordsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/mp").WithTag("Parking records", "Where a driver parked: create, list, correct the position, add a photo, end.").RequireAuthorization(DriverPrincipal.Policy).DisableAntiforgery();
        group.MapPost("/records", CreateAsync).WithName("CreateRecord").WithJsonBodyLimit(8192)
            .WithSummary("Record where the car is parked")
            .WithDescription(
                "Takes any basic position kind, refines it and stores the detailed position. An ambiguous position answers 422 with the candidates and stores nothing. "
                + "Every bound friend is sent the position, or only those in `friendIds` (driver ids of my friends; `[]` = nobody); an id that is not my friend answers 404.")
            .WithExamples(response: ParkingExamples.Record, request: ParkingExamples.RecordRequest)
            .ProducesProblems(
                Invalid, (400, "invalid_space_code"), Malformed, SignedOut, (404, "lot_not_found"), (404, "space_not_found"), (404, "friend_not_found"), (409, "active_record_exists"),
                TooLarge, NotJson, (422, "position_ambiguous"));
        group.MapGet("/records", ListAsync).WithName("ListRecords")
            .WithSummary("List my parking history")
            .WithDescription(
                "Newest first. `limit` 1–100 (default 20); `cursor` is the previous page's `nextCursor`, null on the last page. "
                + "`plate` (any spelling: spaces, case, full-width characters and separators such as · are ignored) keeps my records with that plate; "
                + "plates are never matched across drivers.")
            .WithExamples(response: ParkingExamples.RecordList)
            .ProducesProblems(Invalid, BadCursor, SignedOut);
        group.MapGet("/records/current", CurrentAsync).WithName("CurrentRecord")
            .WithSummary("Where is my car now").WithDescription("My current (not yet picked up) parking record.")
            .WithExamples(response: ParkingExamples.Record)
            .ProducesProblems(SignedOut, (404, "no_current_record"));
        group.MapGet("/records/{id:guid}", GetAsync).WithName("GetRecord")
            .WithSummary("Get a parking record").WithDescription("One of my records; another driver's id answers 404.")
            .WithExamples(response: ParkingExamples.Record)
            .ProducesProblems(SignedOut, (404, "record_not_found"));
        group.MapPost("/records/{id:guid}/end", EndAsync).WithName("EndRecord")
            .WithSummary("Mark the car picked up").WithDescription("Ends one of my parking records.")
            .WithExamples(response: ParkingExamples.Ended)
            .ProducesProblems(SignedOut, (404, "record_not_found"), (409, "record_ended"));
        group.MapPost("/reservations/{id:guid}/check-in", CheckInAsync).WithName("CheckIn")
            .WithSummary("Check in on a reservation").WithDescription("Turns an active reservation into a parking record on the reserved space.")
            .WithExamples(response: ParkingExamples.CheckedIn)
            .ProducesProblems(
                Invalid, SignedOut, (404, "reservation_not_found"), (409, "reservation_not_active"), (409, "active_record_exists"));
        group.MapMalformedId("GET /records/{id}", "record_not_found");
        group.MapMalformedId("POST /records/{id}/end", "record_not_found");
        group.MapMalformedId("POST /reservations/{id}/check-in", "reservation_not_found");
        return app;
    }

    public static async Task<Results<Created<ParkingRecordDto>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        CreateRecordRequest? body, HttpContext context, ParkingService parking, LotMapCache maps, PositionRefiner refiner, DetailedPositionMapper positions,
        ParkingRecordMapper records, ApiProblems problems, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (body is null)
        {
            return JsonBody.Missing(context.Request, problems);
        }

        // The body has passed its validation (CreateRecordRequest.Validate); these read the same rules into Core's types.
        var errors = new Dictionary<string, string[]>();
        var details = ParkingDetailsReader.Read(body.Plate, body.Note, body.ExpectedPickupAt, clock.GetUtcNow(), problems, errors);
        var position = body.IsCheckIn ? null : PositionRequestReader.Read(body.Position, problems, errors);
        var idempotencyKey = IdempotencyKeyHeader.Read(context.Request, problems, errors);

        if (errors.Count > 0)
        {
            return problems.Validation(errors);
        }

        details = details! with { FriendIds = body.FriendGuids() };
        var map = Guid.TryParse(body.LotId, out var lotId) ? await maps.GetCurrentAsync(lotId, cancellationToken) : null;
        if (map is null)
        {
            return problems.Problem(StatusCodes.Status404NotFound, "lot_not_found");
        }

        ParkingOutcome outcome;
        if (body.IsCheckIn)
        {
            outcome = await parking.CheckInAsync(context.User.DriverId(), Guid.Parse(body.Position!.ReservationId!), map, details, cancellationToken);
        }
        else
        {
            var refined = refiner.Refine(map, position!);
            switch (refined.Status)
            {
                case RefinementStatus.Failed:
                    return problems.Problem(RefineApi.StatusFor(refined.Error), RefineApi.CodeFor(refined.Error));
                case RefinementStatus.Ambiguous:
                    var ambiguous = problems.Problem(StatusCodes.Status422UnprocessableEntity, "position_ambiguous");
                    ambiguous.ProblemDetails.Extensions["candidates"] = refined.Candidates.Select(positions.ToDto).ToList();
                    return ambiguous;
            }

            outcome = await parking.ParkAsync(context.User.DriverId(), refined.Position!, details, idempotencyKey, cancellationToken);
        }

        if (outcome.Replayed)
        {
            context.Response.Headers["Idempotent-Replayed"] = "true";
        }

        return outcome.Record is { } record
            ? TypedResults.Created($"/api/mp/records/{record.Id}", await records.ToDtoAsync(record, cancellationToken))
            : Refused(problems, outcome);
    }

    public static async Task<Results<Created<ParkingRecordDto>, ValidationProblem, ProblemHttpResult>> CheckInAsync(
        Guid id, HttpContext context, ParkingService parking, ReservationService reservations, LotMapCache maps,
        ParkingRecordMapper records, ApiProblems problems, CancellationToken cancellationToken)
    {
        var reservation = await reservations.FindAsync(context.User.DriverId(), id, cancellationToken);
        var map = reservation is null ? null : await maps.GetCurrentAsync(reservation.LotId, cancellationToken);
        if (reservation is null || map is null)
        {
            return problems.Problem(StatusCodes.Status404NotFound, "reservation_not_found");
        }

        var outcome = await parking.CheckInAsync(context.User.DriverId(), id, map, ParkingDetails.None, cancellationToken);
        return outcome.Record is { } record
            ? TypedResults.Created($"/api/mp/records/{record.Id}", await records.ToDtoAsync(record, cancellationToken))
            : Refused(problems, outcome);
    }

    /// <summary>Newest first; ?limit= (1..100, default 20), ?cursor= (the previous page's nextCursor) and ?plate= (any spelling: the driver's own records with that plate).</summary>
    public static async Task<Results<Ok<ParkingRecordListDto>, ValidationProblem>> ListAsync(
        string? cursor, string? limit, string? plate, HttpContext context, ParkingService parking, ParkingRecordMapper records, PageCursors cursors, ApiProblems problems, CancellationToken cancellationToken)
    {
        var plateKey = PlateNumber.Normalize(plate);
        var scope = plateKey is null ? "records" : "records:" + plateKey;
        var errors = new Dictionary<string, string[]>();
        var take = PageCursors.ReadLimit(limit, problems, errors);
        if (errors.Count > 0)
        {
            return problems.Validation(errors);
        }

        if (!cursors.TryRead(cursor, scope, out var after))
        {
            return PageCursors.Invalid(problems);
        }

        var page = await parking.HistoryPageAsync(context.User.DriverId(), after?.ToTimeKey(), take + 1, plateKey, cancellationToken);
        var items = new List<ParkingRecordDto>();
        foreach (var r in page.Take(take))
        {
            items.Add(await records.ToDtoAsync(r, cancellationToken));
        }

        return TypedResults.Ok(new ParkingRecordListDto(items, cursors.Next(page, take, scope, r => CursorPosition.AtTime(r.ParkedAtUtc, r.Id))));
    }

    public static async Task<Results<Ok<ParkingRecordDto>, ProblemHttpResult>> CurrentAsync(
        HttpContext context, ParkingService parking, ParkingRecordMapper records, ApiProblems problems, CancellationToken cancellationToken) =>
        await parking.CurrentAsync(context.User.DriverId(), cancellationToken) is { } r
            ? TypedResults.Ok(await records.ToDtoAsync(r, cancellationToken))
            : problems.Problem(StatusCodes.Status404NotFound, "no_current_record");

    public static async Task<Results<Ok<ParkingRecordDto>, ProblemHttpResult>> GetAsync(
        Guid id, HttpContext context, ParkingService parking, ParkingRecordMapper records, ApiProblems problems, CancellationToken cancellationToken) =>
        await parking.FindAsync(context.User.DriverId(), id, cancellationToken) is { } r
            ? TypedResults.Ok(await records.ToDtoAsync(r, cancellationToken))
            : problems.Problem(StatusCodes.Status404NotFound, "record_not_found");

    public static async Task<Results<Ok<ParkingRecordDto>, ProblemHttpResult>> EndAsync(
        Guid id, HttpContext context, ParkingService parking, ParkingRecordMapper records, ApiProblems problems, CancellationToken cancellationToken)
    {
        var outcome = await parking.EndAsync(context.User.DriverId(), id, cancellationToken);
        return outcome.Record is { } r ? TypedResults.Ok(await records.ToDtoAsync(r, cancellationToken)) : Refused(problems, outcome);
    }

    internal static ProblemHttpResult Refused(ApiProblems problems, ParkingOutcome outcome)
    {
        var problem = outcome.Error switch
        {
            ParkingError.ActiveRecordExists => problems.Problem(StatusCodes.Status409Conflict, "active_record_exists"),
            ParkingError.AlreadyEnded => problems.Problem(StatusCodes.Status409Conflict, "record_ended"),
            ParkingError.ReservationNotFound => problems.Problem(StatusCodes.Status404NotFound, "reservation_not_found"),
            ParkingError.ReservationNotActive => problems.Problem(StatusCodes.Status409Conflict, "reservation_not_active"),
            ParkingError.FriendNotFound => problems.Problem(StatusCodes.Status404NotFound, "friend_not_found"),
            ParkingError.IdempotencyKeyReused => problems.Problem(StatusCodes.Status422UnprocessableEntity, "idempotency_key_reused"),
            _ => problems.Problem(StatusCodes.Status404NotFound, "record_not_found"),
        };
        if (outcome.ConflictingRecordId is { } conflicting)
        {
            problem.ProblemDetails.Extensions["recordId"] = conflicting.ToString();
        }

        return problem;
    }
}
