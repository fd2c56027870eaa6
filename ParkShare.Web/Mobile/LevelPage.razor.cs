using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using ParkShare.Core.Geometry;
using ParkShare.Core.Lots;
using ParkShare.Core.Parking;
using ParkShare.Core.Refinement;
using ParkShare.Web.Api;
using ParkShare.Web.Drivers;
using ParkShare.Web.Parking;

namespace ParkShare.Web.Mobile;

/// <summary>A level's live map: tap a free space to reserve it, or (park mode) to record that the car stands there.</summary>
public sealed partial class LevelPage
{
    /// <summary>A tapped space opens with its sheet in view: the zoomed zone map is taller than the screen.</summary>
    private const string SheetAnchor = "#space-sheet";

    private LotMap? _map;
    private LevelMap? _level;
    private SpaceStateKind[]? _states;
    private SpaceEntry? _selected;
    private Envelope2? _focus;
    private ReservationRules _rules = ReservationRules.Default;
    private TimeZoneInfo _zone = TimeZoneInfo.Utc;
    private string? _error;

    [Inject] private LotMapCache Maps { get; set; } = default!;
    [Inject] private SpaceStates SpaceStates { get; set; } = default!;
    [Inject] private LotOperations Lots { get; set; } = default!;
    [Inject] private ReservationService Reservations { get; set; } = default!;
    [Inject] private ParkingService Parking { get; set; } = default!;
    [Inject] private PositionRefiner Refiner { get; set; } = default!;
    [Inject] private ApiProblems Problems { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private IStringLocalizer<LevelPage> L { get; set; } = default!;

    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;
    [Parameter] public Guid LotId { get; set; }
    [Parameter] public Guid LevelId { get; set; }
    [SupplyParameterFromQuery(Name = "z")] private string? Zone { get; set; }
    [SupplyParameterFromQuery(Name = "s")] private string? Space { get; set; }
    [SupplyParameterFromQuery(Name = "mode")] private string? Mode { get; set; }
    [SupplyParameterFromForm(FormName = "reserve")] private string? Start { get; set; }
    [SupplyParameterFromForm(FormName = "reserve")] private int? Minutes { get; set; }
    [SupplyParameterFromForm] private string? Key { get; set; }

    private bool ParkMode => Mode == "park";

    private SpaceStateKind SelectedState => _selected is null || _states is null ? SpaceStateKind.Free : _states[IndexOf(_selected)];

    private static readonly int[] DurationChoices = [30, 60, 120, 240, 480, 720];

    private IEnumerable<int> Durations => DurationChoices.Where(m => m <= _rules.MaxDurationMinutes);

    private static string NewKey => Guid.NewGuid().ToString("N");

    private string DefaultStart
    {
        get
        {
            var local = LotTime.ToLocal(Clock.GetUtcNow().UtcDateTime, _zone);
            var rounded = local.AddMinutes(5 - local.Minute % 5).AddSeconds(-local.Second).AddMilliseconds(-local.Millisecond);
            return rounded.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);
        }
    }

    protected override async Task OnInitializedAsync()
    {
        var ct = HttpContext.RequestAborted;
        _map = await Maps.GetAsync(LotId, ct);
        _level = _map?.Level(LevelId);
        if (_map is null || _level is null)
        {
            Navigation.NotFound();
            return;
        }

        _zone = LotTime.Zone(_map.TimeZoneId);
        _rules = await Lots.RulesAsync(LotId, ct) ?? ReservationRules.Default;
        _states = await SpaceStates.ForLevelAsync(LotId, _level, ct);
        _selected = Space is { } code ? _level.Spaces.FirstOrDefault(s => s.Code == code) : null;
        var zone = _level.Zones.FirstOrDefault(z => z.Code == Zone);
        _focus = zone?.Polygon.Envelope;
    }

    private async Task ReserveAsync()
    {
        if (_selected is null)
        {
            return;
        }

        if (!DateTime.TryParseExact(Start, ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            || LotTime.ToUtc(local, _zone) is not { } startUtc || Minutes is not { } minutes || !Durations.Contains(minutes))
        {
            _error = L["M.Level.BadWindow"];
            return;
        }

        var outcome = await Reservations.CreateAsync(
            new ReservationRequest(HttpContext.User.DriverId(), _selected.Id, startUtc, startUtc.AddMinutes(minutes), ValidKey()), HttpContext.RequestAborted);
        if (outcome.Reservation is { } reservation)
        {
            Navigation.NavigateTo($"m/reservations/{reservation.Id}");
            return;
        }

        _error = ReservationsApi.Refused(Problems, outcome.Error).ProblemDetails.Detail;
    }

    private async Task ParkHereAsync()
    {
        if (_selected is null || _map is null)
        {
            return;
        }

        var position = Refiner.Describe(_map, _selected, ResolvedBy.MapPoint);
        var outcome = await Parking.ParkAsync(HttpContext.User.DriverId(), position, ParkingDetails.None, ValidKey(), HttpContext.RequestAborted);
        if (outcome.Record is not null)
        {
            Navigation.NavigateTo("m/car");
            return;
        }

        _error = RecordsApi.Refused(Problems, outcome).ProblemDetails.Detail;
    }

    private string? ValidKey() => MobileForms.IdempotencyKey(Key);

    private int IndexOf(SpaceEntry space)
    {
        for (var i = 0; i < _level!.Spaces.Count; i++)
        {
            if (ReferenceEquals(_level.Spaces[i], space))
            {
                return i;
            }
        }

        return 0;
    }

    private string FreeIn(ZoneEntry zone)
    {
        var free = 0;
        for (var i = 0; i < _level!.Spaces.Count; i++)
        {
            if (_level.Spaces[i].Zone?.Id == zone.Id && _states![i] == SpaceStateKind.Free)
            {
                free++;
            }
        }

        return free.ToString(CultureInfo.InvariantCulture);
    }

    private string Href(Guid levelId, string? zone, string? space)
    {
        var query = new List<string>();
        if (zone is not null)
        {
            query.Add("z=" + Uri.EscapeDataString(zone));
        }

        if (space is not null)
        {
            query.Add("s=" + Uri.EscapeDataString(space));
        }

        if (ParkMode)
        {
            query.Add("mode=park");
        }

        return $"m/lots/{LotId}/levels/{levelId}" + (query.Count > 0 ? "?" + string.Join('&', query) : string.Empty);
    }

    private string DurationText(int minutes) => minutes < 60 ? L["M.Minutes", minutes] : L["M.Hours", minutes / 60];
}
