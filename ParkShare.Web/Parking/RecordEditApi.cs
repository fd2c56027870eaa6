using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using ParkShare.Core.Parking;
using ParkShare.Web.Api;
using ParkShare.Web.Drivers;

namespace ParkShare.Web.Parking;

/// <summary>PATCH /api/mp/records/{id}: edits the note, plate and expected pickup of my record.</summary>
public static class RecordEditApi
{
    // Large enough that an over-long note is answered field by field (400 with errors.note), not as a 413.
    private const int MaxBody = 64 * 1024;
    private static readonly string[] Fields = ["plate", "note", "expectedPickupAt"];

    public static IEndpointRouteBuilder MapRecordEditApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/mp").WithTags("Parking records").RequireAuthorization(DriverPrincipal.Policy).DisableAntiforgery()
            .MapPatch("/records/{id}", EditAsync).WithName("EditRecord").Accepts<EditRecordRequest>("application/json", "application/merge-patch+json");
        return app;
    }

    public static async Task<Results<Ok<ParkingRecordDto>, ValidationProblem, ProblemHttpResult>> EditAsync(
        string id, HttpContext context, RecordDetailsEditor editor, ParkingRecordMapper records, ApiProblems problems, TimeProvider clock)
    {
        var (body, problemCode, status) = await JsonBody.ReadAsync<JsonObject>(context.Request, MaxBody, context.RequestAborted);
        if (body is null)
        {
            return problems.Problem(status, problemCode!);
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

        var outcome = Guid.TryParse(id, out var rid)
            ? await editor.EditAsync(context.User.DriverId(), rid, current => new ParkingDetails(
                body.ContainsKey("plate") ? read.Plate : current.Plate,
                body.ContainsKey("note") ? read.Note : current.Note,
                body.ContainsKey("expectedPickupAt") ? read.ExpectedPickupAtUtc : current.ExpectedPickupAtUtc), context.RequestAborted)
            : ParkingOutcome.Refused(ParkingError.NotFound);
        return outcome.Record is { } record
            ? TypedResults.Ok(await records.ToDtoAsync(record, context.RequestAborted))
            : RecordsApi.Refused(problems, outcome);
    }
}
