using ParkShare.Core.Occupancy;
using ParkShare.Core.Parking;

namespace ParkShare.Web.Occupancy;

public static class OccupancyRegistration
{
    public static WebApplicationBuilder AddParkShareOccupancy(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<OccupancyOptions>().BindConfiguration(OccupancyOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<LotApiKeyService>();
        builder.Services.AddSingleton<OccupancyFeed>();
        builder.Services.AddSingleton<SensorKeyMisses>();
        builder.Services.AddSingleton<SpaceStateSources>();
        builder.Services.AddSingleton<SensorKeyAdministration>();
        return builder;
    }
}
