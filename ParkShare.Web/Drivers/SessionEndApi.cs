using Microsoft.AspNetCore.Http.HttpResults;
using ParkShare.Core.Drivers;
using ParkShare.Web.Api;

namespace ParkShare.Web.Drivers;

/// <summary>DELETE /api/mp/session: "sign out" ends the calling bearer session only (other devices stay signed in).</summary>
public static class SessionEndApi
{
    public static IEndpointRouteBuilder MapSessionEndApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/mp").WithTags("Drivers").RequireAuthorization(DriverPrincipal.Policy).DisableAntiforgery()
            .MapDelete("/session", SignOutAsync).WithName("SignOut")
            .WithSummary("Sign out").WithDescription("Ends the calling bearer session; the token answers 401 from now on. Other sessions stay.")
            .ProducesProblems(CommonProblems.SignedOut);
        return app;
    }

    public static async Task<NoContent> SignOutAsync(HttpContext context, DriverSessionService sessions, CancellationToken cancellationToken)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            await sessions.RevokeAsync(header["Bearer ".Length..].Trim(), cancellationToken);
        }

        return TypedResults.NoContent();
    }
}
