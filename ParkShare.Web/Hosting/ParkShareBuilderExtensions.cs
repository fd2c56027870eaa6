using ParkShare.Web.Api;
using ParkShare.Web.Console;
using ParkShare.Web.Data;
using ParkShare.Web.Localization;
using ParkShare.Web.Refinement;

namespace ParkShare.Web.Hosting;

public static class ParkShareBuilderExtensions
{
    public static WebApplicationBuilder AddParkShare(this WebApplicationBuilder builder)
    {
        ParkShareHost.UseHomeConfiguration(builder.Configuration, builder.Environment.EnvironmentName);
        builder.WebHost.UseStaticWebAssets();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddParkShareData();
        builder.Services.AddParkShareLocalization();
        builder.Services.AddParkShareRefinement();
        builder.AddParkShareApi();
        builder.AddParkShareConsole();
        return builder;
    }
}
