using ParkShare.Core.WeChat;

namespace ParkShare.Web.WeChat;

public static class OfficialAccountRegistration
{
    public static WebApplicationBuilder AddParkShareOfficialAccount(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<OfficialAccountDeduplicator>();
        services.AddSingleton<OfficialAccountReceipts>();
        services.AddSingleton<OfficialAccountBacklog>();
        services.AddSingleton<OfficialAccountFollowers>();
        services.AddSingleton<OfficialAccountLinks>();
        services.AddSingleton<OfficialAccountCarReply>();
        services.AddSingleton<OfficialAccountDispatcher>();
        services.AddSingleton<OfficialAccountCallback>();
        services.AddSingleton<OfficialAccountReplayGuard>();
        services.AddHostedService<OfficialAccountModeWarning>();
        services.AddSingleton<IOfficialAccountSceneHandler, LinkSceneHandler>();
        services.AddHostedService<OfficialAccountWorker>();
        return builder;
    }

    public static WebApplication MapParkShareOfficialAccount(this WebApplication app)
    {
        app.MapOfficialAccountApi();
        return app;
    }
}
