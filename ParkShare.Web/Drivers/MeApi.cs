using Microsoft.AspNetCore.Http.HttpResults;
using ParkShare.Core.Drivers;
using ParkShare.Web.Api;
using static ParkShare.Web.Api.CommonProblems;

namespace ParkShare.Web.Drivers;

/// <summary>/api/mp/me: the signed-in driver, the privacy notice, and deleting the account with all its data.</summary>
public static class MeApi
{
    public static IEndpointRouteBuilder MapMeApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/mp/me").WithTag("Drivers", "Mini-program sign-in, the signed-in driver, the privacy notice and account deletion.").RequireAuthorization(DriverPrincipal.Policy).DisableAntiforgery();
        group.MapGet("/", GetAsync).WithName("Me")
            .WithSummary("The signed-in driver").WithDescription("The driver behind the Bearer token and whether the privacy notice was accepted.")
            .WithExamples(response: DriversExamples.Me)
            .ProducesProblems(SignedOut);
        group.MapPost("/privacy", AcceptPrivacyAsync).WithName("AcceptPrivacyNotice")
            .WithSummary("Accept the privacy notice").WithDescription("Records that the driver accepted the privacy notice shown at first sign-in.")
            .ProducesProblems(SignedOut);
        group.MapDelete("/", DeleteAsync).WithName("DeleteMe")
            .WithSummary("Delete my account")
            .WithDescription("Erases the driver and every piece of their data (reservations, records and their photos, notices, sessions) at once.")
            .ProducesProblems(SignedOut);
        return app;
    }

    public static async Task<Results<Ok<MeDto>, ProblemHttpResult>> GetAsync(HttpContext context, DriverSessionService drivers, ApiProblems problems, CancellationToken cancellationToken) =>
        await drivers.FindDriverAsync(context.User.DriverId(), cancellationToken) is { } d
            ? TypedResults.Ok(new MeDto(d.Id.ToString(), d.CreatedAtUtc.ToOffset(), d.PrivacyAcceptedAtUtc is not null))
            : problems.Problem(StatusCodes.Status401Unauthorized, "session_required");

    public static async Task<NoContent> AcceptPrivacyAsync(HttpContext context, DriverSessionService drivers, CancellationToken cancellationToken)
    {
        await drivers.AcceptPrivacyNoticeAsync(context.User.DriverId(), cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<NoContent> DeleteAsync(HttpContext context, DriverSessionService drivers, CancellationToken cancellationToken)
    {
        await drivers.DeleteDriverAsync(context.User.DriverId(), cancellationToken);
        return TypedResults.NoContent();
    }
}
