using ParkShare.Web.Api;
using ParkShare.Web.Drivers;
using ParkShare.Web.Hosting;
using ParkShare.Web.Lots;
using ParkShare.Web.Lots.Exchange;
using ParkShare.Web.Lots.FloorPlans;
using ParkShare.Web.Lots.Markers;
using ParkShare.Web.Notices;
using ParkShare.Web.Occupancy;
using ParkShare.Web.Parking;
using ParkShare.Web.Refinement;
using ParkShare.Web.Sharing.Bindings;
using ParkShare.Web.Sharing.Links;
using ParkShare.Web.Sharing.Push;
using ParkShare.Web.WeChat;

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
