using ParkShare.Core.WeChat;

namespace ParkShare.Web.WeChat;

public static class WeChatRegistration
{
    public static WebApplicationBuilder AddParkShareWeChat(this WebApplicationBuilder builder)
    {
        var production = builder.Environment.IsProduction();
        builder.Services.AddOptions<WeChatOptions>().BindConfiguration(WeChatOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => !(o.IsSandbox && production && !o.AllowSandboxInProduction),
                "WeChat:Mode is Sandbox in the Production environment: sandbox sign-in lets anyone be anyone. Set WeChat:Mode to Live, or WeChat:AllowSandboxInProduction to true for a demo.")
            .Validate(o => o.IsSandbox, "WeChat:Mode Live needs the live WeChat client, which is not built yet.")
            .ValidateOnStart();
        builder.Services.AddSingleton<WeChatSandboxInbox>();
        builder.Services.AddSingleton<IWeChatClient, SandboxWeChatClient>();
        return builder;
    }
}
