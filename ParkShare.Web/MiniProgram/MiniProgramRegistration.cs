using ParkShare.Core.Parking;
using ParkShare.Web.Parking;
using ParkShare.Web.Sharing.Links;
using ParkShare.Web.WeChat;

namespace ParkShare.Web.MiniProgram;

/// <summary>The host endpoints only the mini-program (ParkShare.MiniProgram) needs beyond the shared /api/mp groups.</summary>
public static class MiniProgramRegistration
{
    public static WebApplicationBuilder AddParkShareMiniProgram(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<MiniProgramOptions>().BindConfiguration(MiniProgramOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<RecordDetailsEditor>();
        return builder;
    }

    public static WebApplication MapParkShareMiniProgram(this WebApplication app)
    {
        app.MapMiniProgramConfigApi();
        app.MapShareViewApi();
        app.MapRecordEditApi();
        app.MapShareCodeApi();
        app.MapSandboxInboxApi();
        return app;
    }
}
