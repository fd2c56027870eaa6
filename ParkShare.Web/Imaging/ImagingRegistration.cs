namespace ParkShare.Web.Imaging;

public static class ImagingRegistration
{
    public static IServiceCollection AddParkShareImaging(this IServiceCollection services)
    {
        services.AddOptions<ImagingOptions>().BindConfiguration(ImagingOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ImageDecodeGate>();
        services.AddSingleton<UploadLimits>();
        return services;
    }
}
