using ParkShare.Web.Api;
using ParkShare.Web.Drivers;
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
using ParkShare.Web.Lots.Editing;
using ParkShare.Web.Staff;
using ParkShare.Web.Data;
using ParkShare.Web.Localization;
using ParkShare.Web.Sharing;

namespace ParkShare.Web.Hosting;

public static class ParkShareAppExtensions
{
    public static WebApplication MapParkShare(this WebApplication app)
    {
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
        app.MapParkShareSharing();
        app.MapParkShareOfficialAccount();
        app.MapParkShareConsole();
        return app;
    }
}
