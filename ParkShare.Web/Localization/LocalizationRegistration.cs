using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;

namespace ParkShare.Web.Localization;

public static class LocalizationRegistration
{
    public static IServiceCollection AddParkShareLocalization(this IServiceCollection services)
    {
        services.AddSingleton<IStringLocalizerFactory, JsonStringLocalizerFactory>();
        services.AddTransient(typeof(IStringLocalizer<>), typeof(StringLocalizer<>));
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.SetDefaultCulture(JsonStringLocalizer.DefaultCulture)
             .AddSupportedCultures(JsonStringLocalizer.SupportedCultures)
             .AddSupportedUICultures(JsonStringLocalizer.SupportedCultures);
            o.FallBackToParentCultures = true;
            o.FallBackToParentUICultures = true;
            o.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return services;
    }

    public static WebApplication UseParkShareLocalization(this WebApplication app)
    {
        app.UseRequestLocalization();
        app.MapGet("/culture", SetCulture).ExcludeFromDescription();
        return app;
    }

    /// <summary>The language switch: remembers the choice in a cookie and goes back to a local page.</summary>
    private static RedirectHttpResult SetCulture(string? culture, string? redirectUri, HttpContext context)
    {
        var chosen = JsonStringLocalizer.SupportedCultures.FirstOrDefault(c => string.Equals(c, culture, StringComparison.OrdinalIgnoreCase))
            ?? JsonStringLocalizer.DefaultCulture;
        context.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
            new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
        var target = redirectUri is { Length: > 0 } && redirectUri.StartsWith('/') && !redirectUri.StartsWith("//", StringComparison.Ordinal)
            && !redirectUri.StartsWith("/\\", StringComparison.Ordinal)
            ? redirectUri
            : "/";
        return TypedResults.LocalRedirect(target);
    }
}
