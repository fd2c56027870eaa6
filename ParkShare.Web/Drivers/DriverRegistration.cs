using Microsoft.AspNetCore.Authentication;
using ParkShare.Core.Drivers;
using ParkShare.Core.Parking;
using ParkShare.Web.Parking;

namespace ParkShare.Web.Drivers;

public static class DriverRegistration
{
    public static WebApplicationBuilder AddParkShareDrivers(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<DriverSessionService>();
        builder.Services.AddSingleton<DriverProfiles>();
        builder.Services.AddSingleton<ReservationService>();
        builder.Services.AddSingleton<ParkingService>();
        builder.Services.AddSingleton<SpaceStates>();
        builder.Services.AddSingleton<SpaceStateNotifier>();
        builder.Services.AddSingleton<LotOperations>();
        builder.Services.AddSingleton<SpaceDisabler>();
        builder.Services.AddOptions<PhotoOptions>().BindConfiguration(PhotoOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<PhotoStore>();
        builder.Services.AddSingleton<IRecordPhotoFiles>(sp => sp.GetRequiredService<PhotoStore>());
        builder.Services.AddSingleton<PhotoProcessor>();
        builder.Services.AddSingleton<RecordPhotoService>();
        builder.Services.AddSingleton<RecordMover>();
        builder.Services.AddSingleton<FriendsTold>();
        builder.Services.AddHostedService<ReservationExpiryService>();
        builder.Services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, DriverAuthenticationHandler>(DriverAuthenticationHandler.SchemeName, null);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(DriverPrincipal.Policy, p => p.AddAuthenticationSchemes(DriverAuthenticationHandler.SchemeName).RequireClaim(DriverAuthenticationHandler.DriverIdClaim));
        return builder;
    }
}
