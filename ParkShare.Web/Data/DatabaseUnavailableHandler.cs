using Microsoft.AspNetCore.Diagnostics;
using ParkShare.Core.Data;
using ParkShare.Web.Api;

namespace ParkShare.Web.Data;

/// <summary>
/// A request that meets the database restarting or out of reach answers 503 ProblemDetails with
/// Retry-After, not 500: nothing was acknowledged, the client may retry, and the connection pool
/// reconnects by itself once the database is back.
/// </summary>
public sealed class DatabaseUnavailableHandler(ILogger<DatabaseUnavailableHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!DatabaseFailures.IsUnavailable(exception) || httpContext.Response.HasStarted)
        {
            return false;
        }

        logger.LogWarning("The database is unavailable ({Error}); answered 503", exception.GetBaseException().Message);
        httpContext.Response.Headers.RetryAfter = "2";
        var problems = httpContext.RequestServices.GetRequiredService<ApiProblems>();
        await problems.Problem(StatusCodes.Status503ServiceUnavailable, "database_unavailable").ExecuteAsync(httpContext);
        return true;
    }
}
