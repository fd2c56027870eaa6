using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using ParkShare.Core.Data;
using ParkShare.Web.Api;

namespace ParkShare.Web.Hosting;

/// <summary>GET /healthz: 200 when the database answers.</summary>
public static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", CheckAsync).WithName("Health").WithTag("Health", "Liveness and readiness of the host and its database.").AllowAnonymous()
            .WithSummary("Health check").WithDescription("200 when the database answers, 503 otherwise.")
            .WithExamples(response: new HealthDto("healthy")).ProducesProblems((503, "database_unavailable"));
        return app;
    }

    public static async Task<Results<Ok<HealthDto>, ProblemHttpResult>> CheckAsync(
        IDbContextFactory<ParkShareDbContext> contexts,
        ApiProblems problems,
        CancellationToken cancellationToken)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("SELECT 1", cancellationToken);
            return TypedResults.Ok(new HealthDto("healthy"));
        }
        catch (Exception ex) when (ex is Microsoft.Data.Sqlite.SqliteException or InvalidOperationException || DatabaseFailures.IsUnavailable(ex))
        {
            return problems.Problem(StatusCodes.Status503ServiceUnavailable, "database_unavailable");
        }
    }
}
