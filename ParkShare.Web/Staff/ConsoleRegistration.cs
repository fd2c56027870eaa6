using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using MudBlazor.Services;
using ParkShare.Core.Data;
using ParkShare.Core.Lots.Editing;
using ParkShare.Core.Lots.Exchange;
using ParkShare.Core.Lots.FloorPlans;
using ParkShare.Core.Lots.History;
using ParkShare.Core.Staff;
using ParkShare.Web.Components;
using ParkShare.Web.Lots.Editing;
using ParkShare.Web.Lots.Exchange;
using ParkShare.Web.Lots.FloorPlans;
using ParkShare.Web.Lots.Markers;
using ParkShare.Web.Occupancy;
using ParkShare.Web.Staff.Account;

namespace ParkShare.Web.Staff;

public static class ConsoleRegistration
{
    public static WebApplicationBuilder AddParkShareConsole(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ConsoleOptions>().BindConfiguration(ConsoleOptions.SectionName).ValidateDataAnnotations()
            .Validate(o => TimeZoneInfo.TryFindSystemTimeZoneById(o.TimeZone, out _), "Console:TimeZone must be an IANA time zone such as Asia/Shanghai.").ValidateOnStart();
        services.AddSingleton<ConsoleTime>();
        services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<ConsoleOptions>, ConsoleOptionsValidator>();
        services.AddOptions<StaffOptions>().BindConfiguration(StaffOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddLocalizationInterceptor<ParkShare.Web.Localization.MudTexts>();
        services.AddCascadingAuthenticationState();
        services.AddScoped<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider, ConsoleAuthenticationStateProvider>();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Account/Login";
            o.AccessDeniedPath = "/Account/Login";
            o.Cookie.Name = "ParkShare.Console";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.ExpireTimeSpan = TimeSpan.FromHours(12);
            o.SlidingExpiration = true;
            // APIs answer 401/403 rather than redirecting to a sign-in page.
            o.Events.OnRedirectToLogin = c => RedirectUnlessApi(c, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = c => RedirectUnlessApi(c, StatusCodes.Status403Forbidden);
        });
        // A password reset or a lock renews the security stamp; sessions signed in before it end within this time.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddAuthorization();
        services.AddRateLimiter(o => o.AddPolicy(StaffLinkPages.RateLimitPolicy, StaffLinkPages.Partition));
        services.AddIdentityCore<ConsoleUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<ParkShareDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        services.AddOptions<ConsoleSignInOptions>().BindConfiguration(ConsoleSignInOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<SignInBackoff>();
        services.AddScoped<StaffSignIn>();
        services.AddScoped<AdminSeeder>();
        services.AddScoped<StaffAdministration>();
        services.AddSingleton<StaffAuditLog>();
        services.AddSingleton<StaffLots>();
        services.AddSingleton<StaffAccounts>();
        services.AddSingleton<StaffInvitations>();
        services.AddSingleton<StaffPasswordResets>();
        services.AddSingleton<LotAccess>();
        services.AddSingleton<SensorKeyAdministration>();
        services.AddSingleton<LotChangeLog>();
        services.AddSingleton<LotWriter>();
        services.AddSingleton<LotImporter>();
        services.AddSingleton<LotEditor>();
        services.AddSingleton<LevelRemoval>();
        services.AddSingleton<ConnectorEditor>();
        services.AddSingleton<LotGeoreferencer>();
        services.AddOptions<FloorPlanOptions>().BindConfiguration(FloorPlanOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<FloorPlanService>();
        services.AddSingleton<FloorPlanImageProcessor>();
        services.AddSingleton<MarkerSheetRenderer>();
        services.AddSingleton<LotEditing>();
        services.AddSingleton<LotExchange>();
        services.AddSingleton<LevelEditService>();
        services.AddSingleton<LevelEditPrefetch>();
        services.AddSingleton<Core.Parking.StaffPlateSearch>();
        services.AddSingleton<Parking.ConsolePlateSearch>();
        services.AddSingleton<Parking.ReservationSearch>();
        services.AddSingleton<Lots.LotOccupancyCounts>();
        return builder;
    }

    public static WebApplication MapParkShareConsole(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.MapPost("/Account/Logout", LogoutAsync).ExcludeFromDescription();
        return app;
    }

    /// <summary>Binding the form makes the endpoint check the antiforgery token, so no other site can sign staff out.</summary>
    private static async Task<IResult> LogoutAsync(IFormCollection form, SignInManager<ConsoleUser> signIn)
    {
        await signIn.SignOutAsync();
        return TypedResults.LocalRedirect("/Account/Login");
    }

    private static Task RedirectUnlessApi(RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
