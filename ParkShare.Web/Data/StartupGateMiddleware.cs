using ParkShare.Web.Api;

namespace ParkShare.Web.Data;

/// <summary>Holds requests until the database is ready (the first second or two of a fresh start); /healthz only until it answers.</summary>
public sealed class StartupGateMiddleware(RequestDelegate next, StartupGate gate)
{
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(60);

    public async Task InvokeAsync(HttpContext context)
    {
        var wanted = context.Request.Path.StartsWithSegments("/healthz") ? gate.Schema : gate.Ready;
        if (!wanted.IsCompletedSuccessfully)
        {
            try
            {
                await wanted.WaitAsync(MaxWait, context.RequestAborted);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !context.RequestAborted.IsCancellationRequested)
            {
                context.Response.Headers.RetryAfter = "5";
                var problems = context.RequestServices.GetRequiredService<ApiProblems>();
                await problems.Problem(StatusCodes.Status503ServiceUnavailable, "starting").ExecuteAsync(context);
                return;
            }
        }

        await next(context);
    }
}
