using ParkShare.Web.Api;
using ParkShare.Web.Data;
using ParkShare.Web.Localization;
using ParkShare.Web.MiniProgram;
using ParkShare.Web.Sharing;
using ParkShare.Web.Staff;
using ParkShare.Web.WeChat;

namespace ParkShare.Web.Hosting;

public static class ParkShareAppExtensions
{
    public static WebApplication MapParkShare(this WebApplication app)
    {
        app.UseParkShareProxy();
        app.UseMiddleware<PageSecurityHeaders>();
        app.UseParkShareSharing();
        app.UseExceptionHandler();
        app.UseMiddleware<StartupGateMiddleware>();
        app.UseStatusCodePages();
        app.UseParkShareLocalization();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseParkShareSharePage();
        app.MapParkShareApi();
        app.MapParkShareMiniProgram();
        app.MapParkShareSharing();
        app.MapParkShareOfficialAccount();
        app.MapParkShareConsole();
        return app;
    }
}
