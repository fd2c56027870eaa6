using Microsoft.AspNetCore.Http.HttpResults;
using ParkShare.Core.Parking;
using ParkShare.Core.Refinement;
using ParkShare.Web.Api;
using ParkShare.Web.Drivers;
using ParkShare.Web.Refinement;
using static ParkShare.Web.Api.CommonProblems;

namespace ParkShare.Web.Parking;

/// <summary>/api/mp/records/{id}/position: correct or refine where the car stands; every friend of the record is told.</summary>
public static class RecordPositionApi
{
    public static IEndpointRouteBuilder MapRecordPositionApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/mp").WithTag("Parking records", "Where a driver parked: create, list, correct the position, add a photo, end.").RequireAuthorization(DriverPrincipal.Policy).DisableAntiforgery();
        group.MapPost("/records/{id:guid}/position", MoveAsync).WithName("MoveRecord").WithJsonBodyLimit(8192)
            .WithSummary("Correct where the car is parked")
            .WithDescription(
                "Refines any basic position kind within the record's lot and moves my active record there; each friend the record is shared with is sent the new position. "
                + "An ambiguous position answers 422 with the candidates and changes nothing; another driver's record answers 404, an ended one 409.")
            .WithExamples(response: ParkingExamples.Record, request: ParkingExamples.MoveRequest)
            .ProducesProblems(
                Invalid, (400, "invalid_space_code"), Malformed, SignedOut, (404, "record_not_found"), (404, "space_not_found"), (409, "record_ended"),
                TooLarge, NotJson, (422, "position_ambiguous"));

        // The body is checked before the id, so a malformed id runs the handler as an id of no record (Guid.Empty is never one).
        group.MapPost("/records/{id}/position", (MoveRecordRequest? body, HttpContext context, RecordMover mover, DetailedPositionMapper positions, ParkingRecordMapper records, ApiProblems problems, CancellationToken cancellationToken) =>
            MoveAsync(Guid.Empty, body, context, mover, positions, records, problems, cancellationToken))
            .WithJsonBodyLimit(8192).ExcludeFromDescription();
        return app;
    }

    public static async Task<Results<Ok<ParkingRecordDto>, ValidationProblem, ProblemHttpResult>> MoveAsync(
        Guid id, MoveRecordRequest? body, HttpContext context, RecordMover mover, DetailedPositionMapper positions, ParkingRecordMapper records,
        ApiProblems problems, CancellationToken cancellationToken)
    {
        if (body is null)
        {
            return JsonBody.Missing(context.Request, problems);
        }

        // Validated already (MoveRecordRequest.Validate); this reads the same rules into Core's position.
        var errors = new Dictionary<string, string[]>();
        var position = PositionRequestReader.Read(body.Position, problems, errors);
        if (position is null)
        {
            return problems.Validation(errors);
        }

        var move = id == Guid.Empty ? null : await mover.MoveAsync(context.User.DriverId(), id, position!, cancellationToken);
        switch (move?.Refinement)
        {
            case { Status: RefinementStatus.Failed } failed:
                return problems.Problem(RefineApi.StatusFor(failed.Error), RefineApi.CodeFor(failed.Error));
            case { Status: RefinementStatus.Ambiguous } ambiguous:
                var problem = problems.Problem(StatusCodes.Status422UnprocessableEntity, "position_ambiguous");
                problem.ProblemDetails.Extensions["candidates"] = ambiguous.Candidates.Select(positions.ToDto).ToList();
                return problem;
        }

        return move?.Outcome.Record is { } record
            ? TypedResults.Ok(await records.ToDtoAsync(record, cancellationToken))
            : RecordsApi.Refused(problems, move?.Outcome ?? ParkingOutcome.Refused(ParkingError.NotFound));
    }
}
