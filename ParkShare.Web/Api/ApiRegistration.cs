using System.Globalization;
using System.Text.Json;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
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
using Scalar.AspNetCore;

namespace ParkShare.Web.Api;

public static class ApiRegistration
{
    public static WebApplicationBuilder AddParkShareApi(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<ApiProblems>();
        services.AddSingleton<PageCursors>();
        services.AddSingleton<ParkingRecordMapper>();
        services.AddSingleton<ShareMapper>();
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ApiProblems.Complete);
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            o.SerializerOptions.NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals;
        });
        services.AddOpenApi(o =>
        {
            o.AddDocumentTransformer<OpenApiDocumentInfo>();
            o.AddDocumentTransformer<OpenApiSecurity>();
            o.AddOperationTransformer<OpenApiSecurity>();
            o.AddOperationTransformer<OpenApiOperationDocs>();
            o.AddSchemaTransformer<OpenApiSchemaFixes>();
        });
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(RefineApi.RateLimitPolicy, context =>
            {
                var limit = ClusterOptions.PerNode(context.RequestServices, context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value.RefinePerMinute);
                return limit == 0
                    ? RateLimitPartition.GetNoLimiter("off")
                    : RateLimitPartition.Get(
                        context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new SteadyFixedWindowLimiter(limit, TimeSpan.FromMinutes(1), context.RequestServices.GetRequiredService<TimeProvider>()));
            });
            o.AddPolicy(OccupancyApi.RateLimitPolicy, context =>
            {
                var limit = ClusterOptions.PerNode(context.RequestServices, context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value.OccupancyBatchesPerMinute);
                // Per presented key: one busy gateway cannot starve another lot's.
                var key = OccupancyApi.PresentedKey(context.Request) is { } secret ? secret[..Math.Min(secret.Length, 64)] : "none";
                return limit == 0
                    ? RateLimitPartition.GetNoLimiter("off")
                    : RateLimitPartition.Get(
                        key,
                        _ => new SteadyFixedWindowLimiter(limit, TimeSpan.FromMinutes(1), context.RequestServices.GetRequiredService<TimeProvider>()));
            });
            o.OnRejected = async (context, cancellationToken) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                var problems = context.HttpContext.RequestServices.GetRequiredService<ApiProblems>();
                await problems.Problem(StatusCodes.Status429TooManyRequests, "rate_limited").ExecuteAsync(context.HttpContext);
            };
        });
        // Request bodies are bound and validated by the framework. A body it cannot read is thrown (rather than
        // answered with an empty 400) so that the exception handler's problem can say malformed_json; it is
        // the client's fault, so it is not logged as the server's error.
        services.AddValidation();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.Configure<ExceptionHandlerOptions>(o =>
        {
            o.StatusCodeSelector = ex => ex is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError;
            o.SuppressDiagnosticsCallback = c => c.Exception is BadHttpRequestException;
        });
        return builder;
    }

    public static WebApplication MapParkShareApi(this WebApplication app)
    {
        app.MapOpenApi();
        app.MapScalarApiReference();
        app.MapHealthApi();
        app.MapLotsApi();
        app.MapLevelMapsApi();
        app.MapRefineApi();
        app.MapSessionApi();
        app.MapDriverSessionsApi();
        app.MapReservationsApi();
        app.MapRecordsApi();
        app.MapRecordPhotosApi();
        app.MapRecordPositionApi();
        app.MapMeApi();
        app.MapSharesApi();
        app.MapNoticesApi();
        app.MapBindingsApi();
        app.MapSharedWithMeApi();
        app.MapSubscriptionsApi();
        app.MapOccupancyApi();
        app.MapWeChatLinkApi();
        app.MapLotExchangeApi();
        app.MapConsoleMarkersApi();
        app.MapConsoleFloorPlansApi();
        var bench = app.Configuration.GetSection(BenchOptions.SectionName).Get<BenchOptions>();
        if (bench?.HelloEndpoint == true)
        {
            app.MapGet("/bench/hello", () => TypedResults.Text("Hello, World!")).ExcludeFromDescription().AllowAnonymous();
        }

        if (bench?.MemoryEndpoint == true)
        {
            app.MapGet("/bench/memory", BenchMemory.Measure).ExcludeFromDescription().AllowAnonymous();
        }
        return app;
    }
}
