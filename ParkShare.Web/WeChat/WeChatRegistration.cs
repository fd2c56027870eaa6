using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ParkShare.Core.WeChat;

namespace ParkShare.Web.WeChat;

public static class WeChatRegistration
{
    public static WebApplicationBuilder AddParkShareWeChat(this WebApplicationBuilder builder)
    {
        // Every environment but Development (Staging too): a test deployment reachable by others is not a sandbox.
        var development = builder.Environment.IsDevelopment();
        builder.Services.AddOptions<WeChatOptions>().BindConfiguration(WeChatOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => !(o.IsSandbox && !development && !o.AllowSandboxInProduction),
                "WeChat:Mode is Sandbox outside the Development environment: sandbox sign-in lets anyone be anyone. Set WeChat:Mode to Live, or WeChat:AllowSandboxInProduction to true for a demo.")
            .ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WeChatOptions>, WeChatOptionsValidator>());
        builder.Services.AddSingleton<WeChatSandboxInbox>();
        builder.Services.AddSingleton<SandboxWeChatClient>();
        builder.Services.AddLiveWeChatClient();
        // The mode picks the implementation; everything above the client is the same in both modes.
        builder.Services.AddSingleton<IWeChatClient>(sp => sp.GetRequiredService<IOptions<WeChatOptions>>().Value.IsSandbox
            ? sp.GetRequiredService<SandboxWeChatClient>()
            : sp.GetRequiredService<LiveWeChatClient>());
        return builder;
    }
}
