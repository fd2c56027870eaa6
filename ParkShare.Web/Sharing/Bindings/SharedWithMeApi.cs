using Microsoft.AspNetCore.Http.HttpResults;
using ParkShare.Core.Sharing.Bindings;
using ParkShare.Core.Sharing.Links;
using ParkShare.Web.Api;
using ParkShare.Web.Drivers;
using ParkShare.Web.Parking;
using static ParkShare.Web.Api.CommonProblems;

namespace ParkShare.Web.Sharing.Bindings;

/// <summary>/api/mp/shared-with-me: the cars of drivers bound to me, and "I picked it up". A record not shared with me answers 404.</summary>
public static class SharedWithMeApi
{
    public static IEndpointRouteBuilder MapSharedWithMeApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/mp/shared-with-me").WithTag("Bindings", "Friends bound to a driver: invites, accepted bindings, cars shared with me and subscribe-message grants.").RequireAuthorization(DriverPrincipal.Policy).DisableAntiforgery();
        group.MapGet("/", ListAsync).WithName("SharedWithMe")
            .WithSummary("Cars shared with me")
            .WithDescription("The active records of drivers bound to me (only those they chose me for, when they chose), each with its detailed position on the lot's current map.")
            .WithExamples(response: BindingsExamples.SharedWithMe)
            .ProducesProblems(SignedOut);
        group.MapPost("/{recordId:guid}/picked-up", PickedUpAsync).WithName("SharedRecordPickedUp")
            .WithSummary("I picked the car up")
            .WithDescription("A bound friend marks the car collected: the record ends, its share links stop working and the driver is told. A record not shared with me answers 404.")
            .ProducesProblems(SignedOut, (404, "record_not_found"), (409, "record_ended"));
        group.MapMalformedId("POST /{recordId}/picked-up", "record_not_found");
        return app;
    }

    public static async Task<Ok<SharedWithMeDto>> ListAsync(HttpContext context, SharedWithMe shared, ParkingRecordMapper records, CancellationToken cancellationToken)
    {
        var items = new List<ParkingRecordDto>();
        foreach (var record in await shared.ListAsync(context.User.DriverId(), cancellationToken))
        {
            items.Add(await records.ToDtoAsync(record, cancellationToken));
        }

        return TypedResults.Ok(new SharedWithMeDto(items));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> PickedUpAsync(
        Guid recordId, HttpContext context, SharedWithMe shared, ApiProblems problems, CancellationToken cancellationToken)
    {
        var error = await shared.PickedUpAsync(context.User.DriverId(), recordId, cancellationToken);
        return error switch
        {
            ShareError.None => TypedResults.NoContent(),
            ShareError.NotActive => problems.Problem(StatusCodes.Status409Conflict, "record_ended"),
            _ => problems.Problem(StatusCodes.Status404NotFound, "record_not_found"),
        };
    }
}
