using ParkShare.Core.Lots.Editing;
using ParkShare.Core.Lots.Exchange;
using ParkShare.Core.Lots.FloorPlans;
using ParkShare.Core.Lots.History;
using ParkShare.Web.Lots.Editing;
using ParkShare.Web.Lots.Exchange;
using ParkShare.Web.Lots.FloorPlans;
using ParkShare.Web.Lots.Markers;

namespace ParkShare.Web.Lots;

/// <summary>The lot administration services: editing lots and levels, the level editor, floor plans, markers, GeoJSON exchange, history, staff support searches.</summary>
public static class LotsRegistration
{
    public static WebApplicationBuilder AddParkShareLots(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<LotChangeLog>();
        services.AddSingleton<LotWriter>();
        services.AddSingleton<LotImporter>();
        services.AddSingleton<LotEditor>();
        services.AddSingleton<LevelRemoval>();
        services.AddSingleton<ConnectorEditor>();
        services.AddSingleton<LotGeoreferencer>();
        services.AddOptions<FloorPlanOptions>().BindConfiguration(FloorPlanOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<FloorPlanService>();
        services.AddSingleton<FloorPlanImageProcessor>();
        services.AddSingleton<MarkerSheetRenderer>();
        services.AddSingleton<LotEditing>();
        services.AddSingleton<LotExchange>();
        services.AddSingleton<LevelEditService>();
        services.AddSingleton<LevelEditPrefetch>();
        services.AddSingleton<LotOccupancyCounts>();
        // Staff support within a lot: reservations by space or plate, a car by plate (written to the lot's history).
        services.AddSingleton<Core.Parking.StaffPlateSearch>();
        services.AddSingleton<Parking.ConsolePlateSearch>();
        services.AddSingleton<Parking.ReservationSearch>();
        return builder;
    }
}
