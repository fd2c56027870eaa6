using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using ParkShare.Core.Lots;
using ParkShare.Core.Parking;
using ParkShare.Core.Refinement;
using ParkShare.Web.Api;
using ParkShare.Web.Drivers;
using ParkShare.Web.Parking;
using ParkShare.Web.Refinement;

namespace ParkShare.Web.Mobile;

/// <summary>
/// Records where the car is from a typed space code, a marker code, GPS or a tap on the map. With
/// script, m.js sends the same form to the API and keeps it on the phone while offline.
/// </summary>
public sealed partial class Park
{
    private readonly List<LotMap> _lots = [];
    private LotMap? _lot;
    private IReadOnlyList<DetailedPosition> _candidates = [];
    private string? _error;
    private DetailedPosition? _markerSpace;
    private ParkingRecord? _active;
    private string _key = Guid.NewGuid().ToString("N");

    [Inject] private DriverLotDirectory Lots { get; set; } = default!;
    [Inject] private LotMapCache Maps { get; set; } = default!;
    [Inject] private ParkingService Parking { get; set; } = default!;
    [Inject] private PositionRefiner Refiner { get; set; } = default!;
    [Inject] private ApiProblems Problems { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private IStringLocalizer<Park> L { get; set; } = default!;

    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;
    [SupplyParameterFromQuery(Name = "lot")] private Guid? QueryLot { get; set; }
    [SupplyParameterFromQuery(Name = "level")] private Guid? QueryLevel { get; set; }
    [SupplyParameterFromQuery(Name = "x")] private double? QueryX { get; set; }
    [SupplyParameterFromQuery(Name = "y")] private double? QueryY { get; set; }
    [SupplyParameterFromQuery(Name = "marker")] private string? QueryMarker { get; set; }
    [SupplyParameterFromQuery(Name = "done")] private string? Done { get; set; }
    [SupplyParameterFromForm(FormName = "park")] private Guid? Lot { get; set; }
    [SupplyParameterFromForm(FormName = "park")] private Guid? LevelId { get; set; }
    [SupplyParameterFromForm(FormName = "park")] private double? X { get; set; }
    [SupplyParameterFromForm(FormName = "park")] private double? Y { get; set; }
    [SupplyParameterFromForm(FormName = "park")] private string? Key { get; set; }
    [SupplyParameterFromForm(FormName = "park")] private string? Kind { get; set; }
    [SupplyParameterFromForm(FormName = "park")] private string? Code { get; set; }
    [SupplyParameterFromForm(FormName = "park")] private string? Pick { get; set; }
    [SupplyParameterFromForm(FormName = "park")] private double? Lat { get; set; }
    [SupplyParameterFromForm(FormName = "park")] private double? Lng { get; set; }
    [SupplyParameterFromForm(FormName = "park")] private double? Accuracy { get; set; }
    [SupplyParameterFromForm(FormName = "park")] private string? LevelHint { get; set; }
    [SupplyParameterFromForm(FormName = "park")] private string? Plate { get; set; }
    [SupplyParameterFromForm(FormName = "park")] private string? Note { get; set; }
    [SupplyParameterFromForm(FormName = "park")] private string? Pickup { get; set; }

    private bool MapPoint => LevelId is not null && X is not null && Y is not null;

    private Dictionary<string, object> LongStayOpen => Plate is not null || Note is not null || Pickup is not null ? new() { ["open"] = true } : [];

    protected override async Task OnInitializedAsync()
    {
        // A tap in park mode arrives in the query; the posted form carries the same fields back.
        Lot ??= QueryLot;
        LevelId ??= QueryLevel;
        X ??= QueryX;
        Y ??= QueryY;
        var ct = HttpContext.RequestAborted;
        _lots.AddRange(await Lots.MapsAsync(ct));
        _active = await Parking.CurrentAsync(HttpContext.User.DriverId(), ct); // told up front, not after typing everything

        var last = Lot is null ? (await Parking.HistoryAsync(HttpContext.User.DriverId(), ct)) is [var latest, ..] ? latest.LotId : null : Lot;
        _lot = _lots.FirstOrDefault(l => l.LotId == last) ?? _lots.FirstOrDefault();
        _key = MobileForms.IdempotencyKey(Key) ?? _key;
        PreviewMarker();
    }

    /// <summary>A scanned marker QR (/m/park?lot=…&amp;marker=…) pre-fills the form and shows what it resolves to.</summary>
    private void PreviewMarker()
    {
        if (string.IsNullOrWhiteSpace(QueryMarker) || Code is not null || _lot is null || QueryMarker.Length > 64)
        {
            return;
        }

        Kind = "marker";
        Code = QueryMarker.Trim();
        var refined = Refiner.Refine(_lot, new MarkerPosition(Code));
        _markerSpace = refined.Position;
        _candidates = refined.Status == RefinementStatus.Ambiguous ? refined.Candidates : [];
        _error = refined.Status == RefinementStatus.Failed ? Problems.Message($"Problem.{RefineApi.CodeFor(refined.Error)}") : null;
    }

    private async Task ParkAsync()
    {
        if (_lot is null || (Lot is { } chosen && chosen != _lot.LotId))
        {
            _error = Problems.Message("Problem.lot_not_found");
            return;
        }

        var errors = new Dictionary<string, string[]>();
        var kind = Pick is not null ? "spaceCode" : MapPoint ? "mapPoint" : Kind ?? "spaceCode";
        var request = new PositionRequest(kind, Pick ?? Code, LevelId?.ToString(), X, Y, Lat, Lng, Accuracy, string.IsNullOrWhiteSpace(LevelHint) ? null : LevelHint);
        var position = PositionRequestReader.Read(request, Problems, errors);
        var zone = LotTime.Zone(_lot.TimeZoneId);
        DateTimeOffset? pickup = null;
        if (!string.IsNullOrEmpty(Pickup))
        {
            pickup = DateTime.TryParse(Pickup, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local) && LotTime.ToUtc(local, zone) is { } utc
                ? new DateTimeOffset(utc, TimeSpan.Zero)
                : DateTimeOffset.MinValue;
        }

        var details = ParkingDetailsReader.Read(Plate, Note, pickup, Clock.GetUtcNow(), Problems, errors);
        if (position is null || details is null)
        {
            _error = string.Join(" ", errors.Values.SelectMany(v => v));
            return;
        }

        // Refine against the lot as the database holds it now, like the API: an edit saved on another node a
        // moment ago is what this request must see, not the map this page was rendered with.
        if (await Maps.GetCurrentAsync(_lot.LotId, HttpContext.RequestAborted) is not { } current)
        {
            _error = Problems.Message("Problem.lot_not_found");
            return;
        }

        _lot = current;
        var refined = Refiner.Refine(_lot, position);
        if (refined.Status != RefinementStatus.Resolved)
        {
            _candidates = refined.Candidates;
            _error = refined.Status == RefinementStatus.Ambiguous ? null : Problems.Message($"Problem.{RefineApi.CodeFor(refined.Error)}");
            return;
        }

        var outcome = await Parking.ParkAsync(HttpContext.User.DriverId(), refined.Position!, details, _key, HttpContext.RequestAborted);
        if (outcome.Record is null)
        {
            _error = RecordsApi.Refused(Problems, outcome).ProblemDetails.Detail;
            return;
        }

        Navigation.NavigateTo(outcome.Replayed ? "m/car" : "m/car?done=parked");
    }

    private string Offset(LotMap lot)
    {
        var offset = LotTime.Zone(lot.TimeZoneId).GetUtcOffset(Clock.GetUtcNow());
        return (offset < TimeSpan.Zero ? "-" : "+") + offset.ToString(@"hh\:mm", CultureInfo.InvariantCulture);
    }

    private static string? Inv(double? v) => v?.ToString("0.##", CultureInfo.InvariantCulture);
}
