using ParkShare.Core.Sharing.Bindings;
using ParkShare.Core.Sharing.Push;
using ParkShare.Core.WeChat;
using ParkShare.Web.Sharing.Bindings;
using ParkShare.Web.WeChat;

namespace ParkShare.Web.Sharing.Push;

public static class PushRegistration
{
    /// <summary>Bindings, "shared with me", subscriptions and the push outbox with its dispatcher.</summary>
    public static IServiceCollection AddParkShareBindingsAndPush(this IServiceCollection services)
    {
        services.AddOptions<BindingOptions>().BindConfiguration(BindingOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<PushOptions>().BindConfiguration(PushOptions.SectionName).ValidateDataAnnotations()
            .Validate(o => o.BaseBackoff <= o.MaxBackoff, "Push:BaseBackoff must not exceed Push:MaxBackoff.").ValidateOnStart();
        services.AddSingleton<BindingService>();
        services.AddSingleton<SharedWithMe>();
        services.AddSingleton<BoundPeople>();
        services.AddSingleton<SubscriptionService>();
        services.AddSingleton<LotBindings>();
        services.AddSingleton<OutboxAdministration>();
        services.AddSingleton<IPushTexts, PushTexts>();
        services.AddSingleton<IPushLinks, PushLinks>();
        services.AddSingleton<PushDispatchHooks>();
        services.AddSingleton<PushComposer>();
        services.AddSingleton<PushDispatcher>();
        services.AddSingleton<InviteImages>();
        services.AddSingleton<IOfficialAccountSceneHandler, BindSceneHandler>();
        services.AddHostedService<PushDispatcherService>();
        return services;
    }
}
