using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using ParkShare.Core.Parking;
using ParkShare.Web.Api;
using ParkShare.Web.Drivers;
using static ParkShare.Web.Api.CommonProblems;

namespace ParkShare.Web.Parking;

/// <summary>PATCH /api/mp/records/{id}: edits the note, plate and expected pickup of my record.</summary>
public static class RecordEditApi
{
    // Large enough that an over-long note is answered field by field (400 with errors.note), not as a 413.
    private const int MaxBody = 64 * 1024;
    private static readonly string[] Fields = ["plate", "note", "expectedPickupAt"];

    public static IEndpointRouteBuilder MapRecordEditApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/mp").WithTags("Parking records").RequireAuthorization(DriverPrincipal.Policy).DisableAntiforgery();
        group.MapPatch("/records/{id:guid}", EditAsync).WithName("EditRecord").Accepts<EditRecordRequest>("application/json", "application/merge-patch+json").WithJsonBodyLimit(MaxBody)
            .WithSummary("Edit my record's plate, note or pickup")
            .WithDescription(
                "JSON merge patch: an absent field stays, null clears it. Plate at most 16 characters, note at most 500, expected pickup within the coming year "
                + "(not in the past). Refused once the car was picked up.")
            .WithExamples(response: ParkingExamples.Record, request: new EditRecordRequest("沪A12345", "后备箱有雨伞", ApiExamples.Start.AddDays(3)))
            .ProducesProblems(Invalid, Malformed, SignedOut, (404, "record_not_found"), (409, "record_ended"), TooLarge, NotJson);

        // The body is checked before the id, so a malformed id runs the handler as an id of no record (Guid.Empty is never one).
        group.MapPatch("/records/{id}", (HttpContext context, RecordDetailsEditor editor, ParkingRecordMapper records, ApiProblems problems, TimeProvider clock) =>
            EditAsync(Guid.Empty, context, editor, records, problems, clock))
            .Accepts<EditRecordRequest>("application/json", "application/merge-patch+json").WithJsonBodyLimit(MaxBody).ExcludeFromDescription();
        return app;
    }

    public static async Task<Results<Ok<ParkingRecordDto>, ValidationProblem, ProblemHttpResult>> EditAsync(
        Guid id, HttpContext context, RecordDetailsEditor editor, ParkingRecordMapper records, ApiProblems problems, TimeProvider clock)
    {
        // A merge patch tells "absent" from "null", which a typed request cannot: it is read as a JSON object and its fields checked here.
        var (body, unreadable) = await JsonBody.ReadAsync<JsonObject>(context.Request, problems, context.RequestAborted);
        if (body is null)
        {
            return unreadable!;
        }

        var errors = new Dictionary<string, string[]>();
        string? Text(string name)
        {
            if (body[name] is not { } node)
            {
                return null;
            }

            if (node.GetValueKind() != JsonValueKind.String)
            {
                errors[name] = [problems.Message("Validation.TextRequired")];
                return null;
            }

            return node.GetValue<string>();
        }

        var plate = Text("plate");
        var note = Text("note");
        var pickupText = Text("expectedPickupAt");
        DateTimeOffset? pickup = null;
        if (pickupText is not null)
        {
            if (DateTimeOffset.TryParse(pickupText, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var parsed))
            {
                pickup = parsed;
            }
            else
            {
                errors["expectedPickupAt"] = [problems.Message("Validation.ExpectedPickup")];
            }
        }

        if (!Fields.Any(body.ContainsKey))
        {
            errors["body"] = [problems.Message("Validation.EditRecordEmpty")];
        }

        var read = ParkingDetailsReader.Read(plate, note, pickup, clock.GetUtcNow(), problems, errors);
        if (errors.Count > 0 || read is null)
        {
            return problems.Validation(errors);
        }

        var outcome = id != Guid.Empty
            ? await editor.EditAsync(context.User.DriverId(), id, current => new ParkingDetails(
                body.ContainsKey("plate") ? read.Plate : current.Plate,
                body.ContainsKey("note") ? read.Note : current.Note,
                body.ContainsKey("expectedPickupAt") ? read.ExpectedPickupAtUtc : current.ExpectedPickupAtUtc), context.RequestAborted)
            : ParkingOutcome.Refused(ParkingError.NotFound);
        return outcome.Record is { } record
            ? TypedResults.Ok(await records.ToDtoAsync(record, context.RequestAborted))
            : RecordsApi.Refused(problems, outcome);
    }
}
