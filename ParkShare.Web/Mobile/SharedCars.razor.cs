using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using ParkShare.Core.Lots;
using ParkShare.Core.Parking;
using ParkShare.Core.Refinement;
using ParkShare.Core.Sharing.Bindings;
using ParkShare.Core.Sharing.Links;
using ParkShare.Web.Drivers;
using ParkShare.Web.Refinement;

namespace ParkShare.Web.Mobile;

/// <summary>"Shared with me": the cars of drivers bound to me, by the sharer's name, with the map, route, steps and note first, then map apps and "picked up".</summary>
public sealed partial class SharedCars
{
    private List<SharedCar> _cars = [];
    private string? _error;

    [Inject] private SharedWithMe SharedRecords { get; set; } = default!;
    [Inject] private BoundPeople People { get; set; } = default!;
    [Inject] private LotMapCache Maps { get; set; } = default!;
    [Inject] private PositionRefiner Refiner { get; set; } = default!;
    [Inject] private RouteStepFormatter Steps { get; set; } = default!;
    [Inject] private ParkShare.Web.Sharing.Links.ShareMapMarkup MapMarkup { get; set; } = default!;
    [Inject] private IStringLocalizer<SharedCars> L { get; set; } = default!;

    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;
    [SupplyParameterFromForm(FormName = "picked-up")] private string? RecordId { get; set; }
    [SupplyParameterFromQuery(Name = "confirm")] private string? Confirm { get; set; }

    protected override async Task OnInitializedAsync() => await LoadAsync();

    private async Task LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        _cars = [];
        var people = await People.ListAsync(HttpContext.User.DriverId(), ct);
        foreach (var record in await SharedRecords.ListAsync(HttpContext.User.DriverId(), ct))
        {
            var sharer = people.FirstOrDefault(p => p.OtherId == record.DriverId)?.Name ?? L["People.UnnamedDriver"].Value;
            var map = await Maps.GetAsync(record.LotId, ct);
            var position = map?.Space(record.SpaceId) is { } space ? Refiner.Describe(map, space, record.ResolvedBy) : null;
            var zone = LotTime.Zone(map?.TimeZoneId ?? "UTC");
            var point = new GeoPoint(record.Lat, record.Lng);
            var drawn = map is not null && map.Space(record.SpaceId) is { } target && position is not null
                ? await MapMarkup.ForAsync(map, target, position.Route, Localization.JsonStringLocalizer.LanguageOf(System.Globalization.CultureInfo.CurrentUICulture), name => L["M.Level.MapLabel", name])
                : default;
            _cars.Add(new SharedCar(
                record,
                sharer,
                map?.Name ?? string.Empty,
                position?.Zone?.Name,
                position?.NearestLandmark is { } landmark ? L["M.Car.NearestText", Steps.LandmarkName(landmark.Kind, landmark.Name), Math.Round(position.NearestLandmarkDistance)].Value : null,
                LotTime.Format(record.ParkedAtUtc, zone),
                point.IsValid ? MapAppLinks.For(point, $"{map?.Name} {record.SpaceCode}".Trim()) : null,
                drawn,
                position?.Route is { } route ? [.. route.Steps.Select(Steps.Format)] : []));
        }
    }

    private async Task PickedUpAsync()
    {
        var error = Guid.TryParse(RecordId, out var id)
            ? await SharedRecords.PickedUpAsync(HttpContext.User.DriverId(), id, HttpContext.RequestAborted)
            : ShareError.NotFound;
        // A second tap finds the car already collected: that is what was asked for.
        if (error is not (ShareError.None or ShareError.NotActive))
        {
            _error = L["M.Shared.NotFound"];
        }

        await LoadAsync();
    }

    private sealed record SharedCar(
        ParkingRecord Record, string Sharer, string LotName, string? ZoneName, string? Landmark, string ParkedAt, MapAppLinkSet? Maps, MarkupString Map, IReadOnlyList<string> Steps);
}
