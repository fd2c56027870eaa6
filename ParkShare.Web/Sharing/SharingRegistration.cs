using ParkShare.Core.Sharing.Links;
using ParkShare.Web.Hosting;
using ParkShare.Web.Sharing.Links;
using ParkShare.Web.Sharing.Push;

namespace ParkShare.Web.Sharing;

public static class SharingRegistration
{
    public static WebApplicationBuilder AddParkShareSharing(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SharingOptions>().BindConfiguration(SharingOptions.SectionName).ValidateDataAnnotations()
            .Validate(o => o.DefaultLifetime <= o.MaxLifetime, "Sharing:DefaultLifetime must not exceed Sharing:MaxLifetime.").ValidateOnStart();
        services.AddOptions<PublicSiteOptions>().Bind(builder.Configuration).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IShareTokenProtector, DataProtectionShareTokenProtector>();
        services.AddSingleton<ShareService>();
        services.AddSingleton<ShareAccess>();
        services.AddSingleton<ShareViewLog>();
        services.AddSingleton<ShareRateLimits>();
        services.AddSingleton<SharePinCookie>();
        services.AddSingleton<OwnerPinFlash>();
        services.AddSingleton<PushShareLinks>();
        services.AddSingleton<ShareViewGrant>();
        services.AddSingleton<ShareMapMarkup>();
        services.AddSingleton<ShareVisitor>();
        services.AddHostedService<ShareViewLogWriter>();
        services.AddParkShareBindingsAndPush();
        builder.AddParkShareSharingAssets();
        // Its request lines and its per-request log scope carry the full URL, a share token included:
        // RequestLog writes redacted lines instead.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.None);
        // These write the path (or a redirect target) at Debug or Information: never below Warning.
        foreach (var category in new[] { "Microsoft.AspNetCore.Routing.Matching", "Microsoft.AspNetCore.Components.Routing", "Microsoft.AspNetCore.Http.Result", "Microsoft.AspNetCore.Components.Server.Circuits.RemoteNavigationManager" })
        {
            builder.Logging.AddFilter(category, LogLevel.Warning);
        }
        return builder;
    }

    public static WebApplication UseParkShareSharing(this WebApplication app)
    {
        app.UseMiddleware<RequestLog>();
        app.UseMiddleware<ShareHeaders>();
        return app;
    }

    /// <summary>After localization and antiforgery: the share page's fast path needs both.</summary>
    public static WebApplication UseParkShareSharePage(this WebApplication app)
    {
        app.UseMiddleware<ShareFastPage>();
        return app;
    }

    public static WebApplication MapParkShareSharing(this WebApplication app)
    {
        app.MapGet("/robots.txt", () => TypedResults.Text("User-agent: *\nDisallow: /s/\nDisallow: /m/\nDisallow: /api/\n", "text/plain"))
            .ExcludeFromDescription().AllowAnonymous();
        app.MapShareAssets();
        return app;
    }
}
