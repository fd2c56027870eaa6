using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using ParkShare.Core.Drivers;
using ParkShare.Core.Lots;
using ParkShare.Core.Parking;
using ParkShare.Web.Drivers;
using ParkShare.Web.Lots;

namespace ParkShare.Web.Parking;

/// <summary>A lot's reservations for its staff: filter, cancel with a reason the driver sees, and the lot's rules.</summary>
public sealed partial class LotReservations : LotPageBase
{
    private const int PageSize = 50;
    private readonly List<Reservation> _rows = [];
    private readonly Dictionary<Guid, StaffDriverLabel> _drivers = [];
    private bool _hasMore;
    private string _state = nameof(ReservationState.Active);
    private string _levelId = "all";
    private string? _from;
    private string? _to;
    private bool _badWindow;
    private Guid? _cancelling;
    private string _reason = string.Empty;
    private string? _reasonError;
    private string? _search;
    private string? _searchError;
    private ReservationSearchResult _searchResult = ReservationSearchResult.None;
    private int _maxHours;
    private int _advanceDays;
    private int _holdMinutes;
    private int _maxActive;
    private bool _rulesError;
    private bool _editingRules;

    [Inject]
    private LotOperations Operations { get; set; } = default!;

    [Inject]
    private DriverProfiles Profiles { get; set; } = default!;

    [Inject]
    private ReservationSearch Search { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IStringLocalizer<LotReservations> L { get; set; } = default!;

    protected override async Task LoadLotAsync(LotMap map)
    {
        var rules = await Operations.RulesAsync(LotId) ?? ReservationRules.Default;
        (_maxHours, _advanceDays, _holdMinutes, _maxActive) = (rules.MaxDurationMinutes / 60, rules.MaxAdvanceMinutes / 1440, rules.HoldMinutes, rules.MaxActivePerDriver);
        await LoadAsync();
    }

    private async Task FilterAsync(string state, string levelId, string? from, string? to)
    {
        (_state, _levelId, _from, _to) = (state, levelId, from, to);
        await LoadAsync();
    }

    /// <summary>Times are typed in the lot's zone, like the table shows them; the window keeps reservations that overlap it.</summary>
    private ReservationFilter Filter()
    {
        var from = LotLocalTime.ToUtc(_from, Zone);
        var to = LotLocalTime.ToUtc(_to, Zone);
        _badWindow = from >= to;
        return new ReservationFilter(
            Enum.TryParse<ReservationState>(_state, out var s) ? s : null,
            Guid.TryParse(_levelId, out var level) ? level : null,
            from,
            _badWindow ? null : to,
            _searchResult.SpaceIds,
            _searchResult.DriverIds);
    }

    private async Task OnSearchKeyAsync(Microsoft.AspNetCore.Components.Web.KeyboardEventArgs e)
    {
        if (e.Key == "Enter")
        {
            await SearchAsync();
        }
    }

    /// <summary>By space code or plate (a plate search is written to the lot's history); an empty box shows all again.</summary>
    private async Task SearchAsync()
    {
        var result = await Search.ResolveAsync(await UserAsync(), Map!, _search);
        _searchError = result.ProblemKey is { } key ? L[key].Value : null;
        if (_searchError is null)
        {
            _searchResult = result;
            await LoadAsync();
        }
    }

    private async Task LoadAsync()
    {
        _rows.Clear();
        await MoreAsync();
    }

    private async Task MoreAsync()
    {
        var after = _rows.Count == 0 ? (PageKey?)null : new PageKey(_rows[^1].StartsAtUtc, _rows[^1].Id);
        var page = await Operations.ReservationsAsync(LotId, Filter(), after, PageSize + 1);
        _hasMore = page.Count > PageSize;
        _rows.AddRange(page.Take(PageSize));
        foreach (var (id, label) in await Profiles.ForLotAsync(LotId, _rows.Select(r => r.DriverId).Where(id => !_drivers.ContainsKey(id))))
        {
            _drivers[id] = label;
        }
    }

    private async Task CancelAsync(Reservation r)
    {
        _reasonError = ReasonRules.Problem(_reason) is { } problem ? L[problem, LotOperations.MaxCancelReasonLength].Value : null;
        if (_reasonError is not null)
        {
            return;
        }

        if (await Operations.CancelAsync(LotId, r.Id, _reason))
        {
            Snackbar.Add(L["Reservations.Cancelled", SpaceCode(r)], Severity.Success);
        }

        _cancelling = null;
        await LoadAsync();
    }

    private async Task SaveRulesAsync()
    {
        var rules = new ReservationRules(_maxHours * 60, _advanceDays * 1440, _holdMinutes, _maxActive);
        _rulesError = !await Operations.SetRulesAsync(LotId, rules);
        if (!_rulesError)
        {
            _editingRules = false;
            Snackbar.Add(L["Rules.Saved"], Severity.Success);
        }
    }

    private string DriverText(Guid driverId) => StaffDriverText.Format(L, driverId, _drivers.GetValueOrDefault(driverId));

    private string SpaceCode(Reservation r) => Map?.Space(r.SpaceId)?.Code ?? "—";

    private string Local(DateTime utc) => LotLocalTime.FromUtc(utc, Zone).ToString("MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The classes a small filled MudChip of the state's colour renders.</summary>
    private static string ChipClass(ReservationState state) => state switch
    {
        ReservationState.Active => "mud-chip mud-chip-filled mud-chip-size-small mud-chip-color-warning",
        ReservationState.CheckedIn => "mud-chip mud-chip-filled mud-chip-size-small mud-chip-color-success",
        ReservationState.Cancelled => "mud-chip mud-chip-filled mud-chip-size-small mud-chip-color-default",
        _ => "mud-chip mud-chip-filled mud-chip-size-small mud-chip-color-dark",
    };
}
