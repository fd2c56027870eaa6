using System.Globalization;
using Microsoft.AspNetCore.Components;
using ParkShare.Core.Drivers;
using ParkShare.Core.Parking;
using ParkShare.Web.Drivers;

namespace ParkShare.Web.Lots;

/// <summary>Where a space's state comes from (staff, a driver's record, a sensor, a reservation), strongest first.</summary>
public sealed partial class SpaceStateSourcePanel
{
    private IReadOnlyList<SpaceStateSource>? _sources;
    private IReadOnlyDictionary<Guid, StaffDriverLabel> _drivers = new Dictionary<Guid, StaffDriverLabel>();
    private (Guid Space, int Revision)? _loaded;
    private TimeZoneInfo _zone = TimeZoneInfo.Utc;

    [Parameter, EditorRequired]
    public Guid LotId { get; set; }

    [Parameter, EditorRequired]
    public Guid SpaceId { get; set; }

    /// <summary>Bumped by the page whenever the lot's states changed, so the sources are read again.</summary>
    [Parameter]
    public int Revision { get; set; }

    [Parameter]
    public string TimeZoneId { get; set; } = "Asia/Shanghai";

    /// <summary>The space's code, shown as the panel's heading when given.</summary>
    [Parameter]
    public string? Code { get; set; }

    /// <summary>The space's live state, shown in words and an icon beside the code (never colour alone).</summary>
    [Parameter]
    public SpaceStateKind? State { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        _zone = TimeZoneInfo.TryFindSystemTimeZoneById(TimeZoneId, out var zone) ? zone : TimeZoneInfo.Utc;
        if (_loaded != (SpaceId, Revision))
        {
            _loaded = (SpaceId, Revision);
            _sources = await Sources.ForSpaceAsync(LotId, SpaceId);
            _drivers = await Profiles.ForLotAsync(LotId, _sources.Where(s => s.DriverId is not null).Select(s => s.DriverId!.Value));
        }
    }

    private string Describe(SpaceStateSource s) => s.Cause switch
    {
        SpaceStateCause.DisabledByStaff => L["StateSource.Disabled"],
        SpaceStateCause.ParkingRecord when s.Plate is { } plate => L["StateSource.RecordWithPlate", Driver(s, withPlate: false), plate, Local(s.SinceUtc)],
        SpaceStateCause.ParkingRecord => L["StateSource.Record", Driver(s, withPlate: false), Local(s.SinceUtc)],
        SpaceStateCause.SensorOccupied => L["StateSource.SensorOccupied", Sensor(s), s.KeyName ?? "—", Local(s.SinceUtc)],
        SpaceStateCause.Reservation => L["StateSource.Reservation", Driver(s), Local(s.SinceUtc), Local(s.UntilUtc)],
        SpaceStateCause.SensorFree => L["StateSource.SensorFree", Sensor(s), s.KeyName ?? "—", Local(s.SinceUtc)],
        _ => L["StateSource.SensorStale", Sensor(s), s.KeyName ?? "—", Local(s.SinceUtc)],
    };

    /// <summary>The driver by name and reference; a reservation also shows the plate last seen in this lot.</summary>
    private string Driver(SpaceStateSource s, bool withPlate = true) =>
        s.DriverId is { } id ? StaffDriverText.Format(L, id, _drivers.GetValueOrDefault(id), withPlate) : "—";

    private static string StateIcon(SpaceStateKind state) => state switch
    {
        SpaceStateKind.Free => MudBlazor.Icons.Material.Filled.CheckCircleOutline,
        SpaceStateKind.Reserved => MudBlazor.Icons.Material.Filled.EventAvailable,
        SpaceStateKind.Occupied => MudBlazor.Icons.Material.Filled.DirectionsCar,
        _ => MudBlazor.Icons.Material.Filled.Block,
    };

    private static string Sensor(SpaceStateSource s) => s.SensorLabel ?? "—";

    private string Local(DateTime? utc) => utc is { } t
        ? TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(t, DateTimeKind.Utc), _zone).ToString("MM-dd HH:mm", CultureInfo.InvariantCulture)
        : "—";
}
