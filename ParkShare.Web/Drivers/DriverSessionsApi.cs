using Microsoft.AspNetCore.Http.HttpResults;
using ParkShare.Core.Drivers;
using ParkShare.Web.Api;
using static ParkShare.Web.Api.CommonProblems;

namespace ParkShare.Web.Drivers;

/// <summary>
/// Signing out and the driver's sessions: DELETE /api/mp/session ends the calling session (bearer
/// or the /m cookie); GET /api/mp/sessions lists the working ones; DELETE /api/mp/sessions/{id}
/// ends one of the driver's own (another driver's answers 404, as an unknown one).
/// </summary>
public static class DriverSessionsApi
{
    public static IEndpointRouteBuilder MapDriverSessionsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/mp").WithTags("Drivers").RequireAuthorization(DriverPrincipal.Policy).DisableAntiforgery();
        group.MapDelete("/session", SignOutAsync).WithName("SignOut")
            .WithSummary("Sign out")
            .WithDescription("Ends the session the request came in with (Bearer token or the /m cookie): the token stops working at once. Other sessions stay.")
            .ProducesProblems(SignedOut);
        group.MapGet("/sessions", ListAsync).WithName("ListSessions")
            .WithSummary("List my sessions")
            .WithDescription("The driver's working sessions, newest first, never their tokens; `current` marks the one the request came in with.")
            .WithExamples(response: new DriverSessionListDto([new DriverSessionDto("01a21880-2b3c-7d4e-8f90-0a1b2c3d4e5f", ApiExamples.Start, ApiExamples.Start.AddDays(30), true)]))
            .ProducesProblems(SignedOut);
        group.MapDelete("/sessions/{id:guid}", EndAsync).WithName("EndSession")
            .WithSummary("End one of my sessions")
            .WithDescription("Signs another phone out; another driver's session answers 404 like an unknown one.")
            .ProducesProblems(SignedOut, (404, "session_not_found"));
        group.MapMalformedId("DELETE /sessions/{id}", "session_not_found");
        return app;
    }

    public static async Task<NoContent> SignOutAsync(HttpContext context, DriverSessionService sessions, CancellationToken cancellationToken)
    {
        await sessions.EndAsync(context.User.DriverId(), context.User.DriverSessionId(), cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Ok<DriverSessionListDto>> ListAsync(HttpContext context, DriverSessionService sessions, CancellationToken cancellationToken)
    {
        var current = context.User.DriverSessionId();
        var items = await sessions.ListAsync(context.User.DriverId(), cancellationToken);
        return TypedResults.Ok(new DriverSessionListDto([.. items.Select(s => new DriverSessionDto(
            s.Id.ToString(), s.CreatedAtUtc.ToOffset(), s.ExpiresAtUtc.ToOffset(), s.Id == current))]));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> EndAsync(
        Guid id, HttpContext context, DriverSessionService sessions, ApiProblems problems, CancellationToken cancellationToken) =>
        await sessions.EndAsync(context.User.DriverId(), id, cancellationToken)
            ? TypedResults.NoContent()
            : problems.Problem(StatusCodes.Status404NotFound, "session_not_found");
}
