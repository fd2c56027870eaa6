using ParkShare.Web.Api;
using ParkShare.Web.Console;
using ParkShare.Web.Data;
using ParkShare.Web.Localization;

namespace ParkShare.Web.Hosting;

public static class ParkShareAppExtensions
{
    public static WebApplication MapParkShare(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseParkShareLocalization();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapParkShareApi();
        app.MapParkShareConsole();
        return app;
    }

    public static async Task InitializeParkShareAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(app.Lifetime.ApplicationStopping);
    }
}
