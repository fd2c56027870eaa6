namespace ParkShare.Web.Sharing.Links;

public static class SharingAssetsRegistration
{
    /// <summary>QR codes and posters of share links (stateless, so singletons).</summary>
    public static WebApplicationBuilder AddParkShareSharingAssets(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ShareQrCodes>();
        builder.Services.AddSingleton<SharePoster>();
        return builder;
    }
}
