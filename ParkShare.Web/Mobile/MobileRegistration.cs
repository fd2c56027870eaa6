namespace ParkShare.Web.Mobile;

public static class MobileRegistration
{
    public static WebApplicationBuilder AddParkShareMobile(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<DriverLotDirectory>();
        builder.Services.AddSingleton<WeChatOAuthState>();
        return builder;
    }
}
