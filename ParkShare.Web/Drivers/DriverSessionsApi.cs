using Microsoft.AspNetCore.Http.HttpResults;
using ParkShare.Core.Drivers;
using ParkShare.Web.Api;

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
        group.MapDelete("/session", SignOutAsync).WithName("SignOut");
        group.MapGet("/sessions", ListAsync).WithName("ListSessions");
        group.MapDelete("/sessions/{id}", EndAsync).WithName("EndSession").ProducesProblem(StatusCodes.Status404NotFound);
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
        string id, HttpContext context, DriverSessionService sessions, ApiProblems problems, CancellationToken cancellationToken) =>
        Guid.TryParse(id, out var sessionId) && await sessions.EndAsync(context.User.DriverId(), sessionId, cancellationToken)
            ? TypedResults.NoContent()
            : problems.Problem(StatusCodes.Status404NotFound, "session_not_found");
}
