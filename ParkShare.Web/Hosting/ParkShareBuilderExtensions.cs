using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using ParkShare.Web.Api;
using ParkShare.Web.Data;
using ParkShare.Web.Drivers;
using ParkShare.Web.Imaging;
using ParkShare.Web.Localization;
using ParkShare.Web.Lots;
using ParkShare.Web.MiniProgram;
using ParkShare.Web.Mobile;
using ParkShare.Web.Notices;
using ParkShare.Web.Occupancy;
using ParkShare.Web.Refinement;
using ParkShare.Web.Sharing;
using ParkShare.Web.Staff;
using ParkShare.Web.WeChat;

namespace ParkShare.Web.Hosting;

public static class ParkShareBuilderExtensions
{
    private const string ReloadStaticAssetsKey = "ReloadStaticAssetsAtRuntime";

    public static WebApplicationBuilder AddParkShare(this WebApplicationBuilder builder)
    {
        ParkShareHost.UseHomeConfiguration(builder.Configuration, builder.Environment.EnvironmentName);
        DataFolders.EnsureWritable(builder);
        builder.WebHost.UseStaticWebAssets();
        // Running a build rather than a publish, MapStaticAssets would serve even fingerprinted files with
        // "no-cache" (for editing them live); outside Development they are immutable, as in a publish.
        if (!builder.Environment.IsDevelopment() && builder.Configuration[ReloadStaticAssetsKey] is null)
        {
            builder.Configuration[ReloadStaticAssetsKey] = "false";
        }

        builder.Services.AddSingleton(TimeProvider.System);
        // Chinese text is sent as UTF-8, not as numeric character references (pages stay small and readable).
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.AddParkShareProxy();
        builder.AddParkShareDataProtection();
        builder.AddParkShareData();
        builder.Services.AddParkShareLocalization();
        builder.Services.AddParkShareRefinement();
        builder.Services.AddParkShareImaging();
        builder.AddParkShareApi();
        builder.AddParkShareConsole();
        builder.AddParkShareLots();
        builder.AddParkShareWeChat();
        builder.AddParkShareOfficialAccount();
        builder.AddParkShareDrivers();
        builder.AddParkShareMobile();
        builder.AddParkShareNotices();
        builder.AddParkShareOccupancy();
        builder.AddParkShareSharing();
        builder.AddParkShareMiniProgram();
        return builder;
    }
}
