using ParkShare.Core.Refinement;

namespace ParkShare.Web.Refinement;

public static class RefinementRegistration
{
    public static IServiceCollection AddParkShareRefinement(this IServiceCollection services)
    {
        services.AddSingleton<PositionRefiner>();
        services.AddSingleton<RouteStepFormatter>();
        services.AddSingleton<DetailedPositionMapper>();
        return services;
    }
}
