using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Localization;
using ParkShare.Core.Geometry;
using ParkShare.Core.Lots;
using ParkShare.Core.Parking;
using ParkShare.Core.Refinement;

namespace ParkShare.Web.Lots;

/// <summary>A lot with its level tabs, the level map, "find a space" and the detailed position.</summary>
public sealed partial class LotPage : LotPageBase, IDisposable
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(10);
    private Dictionary<Guid, SpaceStateKind> _states = [];
    private Timer? _poll;
    private Guid _statesLevel;
    private int _statesRevision;

    private bool _canEdit;
    private int _activeLevelIndex;
    private string _query = string.Empty;
    private DetailedPosition? _found;
    private IReadOnlyList<DetailedPosition> _candidates = [];
    private string? _error;
    private Point2? _tap;
    private LevelMapView? _mapView;
    private bool _focusPending;

    [Inject]
    private PositionRefiner Refiner { get; set; } = default!;

    [Inject]
    private IStringLocalizer<LotPage> L { get; set; } = default!;

    [Inject]
    private SpaceStates States { get; set; } = default!;

    [Inject]
    private SpaceStateNotifier Notifier { get; set; } = default!;

    [Inject]
    private LotOperations Operations { get; set; } = default!;

    [Inject]
    private MudBlazor.ISnackbar Snackbar { get; set; } = default!;

    private int Count(SpaceStateKind kind) => _states.Values.Count(s => s == kind);

    private SpaceStateKind? StateOf(SpaceEntry space) => _states.TryGetValue(space.Id, out var state) ? state : null;

    private bool IsDisabled(SpaceEntry space) => _states.GetValueOrDefault(space.Id) == SpaceStateKind.Disabled;

    private LevelMap CurrentLevel => Map!.Levels[Math.Clamp(_activeLevelIndex, 0, Map.Levels.Count - 1)];

    private IReadOnlyList<SpaceEntry> CandidateSpaces => [.. _candidates.Select(c => c.Space)];

    private int ActiveLevelIndex
    {
        get => _activeLevelIndex;
        set
        {
            _activeLevelIndex = value;
            _tap = null;
        }
    }

    /// <summary>After a replace the cached map is gone: show the new geometry, and forget positions found on the old one.</summary>
    private async Task OnReplacedAsync()
    {
        (_found, _candidates, _error, _tap) = (null, [], null, null);
        await ReloadAsync();
    }

    protected override async Task LoadLotAsync(LotMap map)
    {
        _canEdit = await CanEditAsync();
        if (RendererInfo.IsInteractive && _poll is null)
        {
            // Changes made in this process arrive at once; the poll catches other processes' changes.
            Notifier.Changed += OnStatesChanged;
            _poll = new Timer(_ => _ = InvokeAsync(RefreshStatesAsync), null, PollInterval, PollInterval);
        }

        await RefreshStatesAsync();
    }

    public void Dispose()
    {
        Notifier.Changed -= OnStatesChanged;
        _poll?.Dispose();
    }

    private void OnStatesChanged(Guid lotId)
    {
        if (lotId == LotId)
        {
            _ = InvokeAsync(RefreshStatesAsync);
        }
    }

    private async Task RefreshStatesAsync()
    {
        if (Map is null || Map.Levels.Count == 0)
        {
            return;
        }

        var level = CurrentLevel;
        _statesLevel = level.Id;
        var live = await States.ForLevelAsync(LotId, level);
        _states = level.Spaces.Select((s, i) => (s.Id, live[i])).ToDictionary(t => t.Id, t => t.Item2);
        _statesRevision++;
        StateHasChanged();
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (Map is { Levels.Count: > 0 } && _statesLevel != CurrentLevel.Id)
        {
            // Another level is on screen (a tab, or a found space elsewhere): fetch its states.
            await RefreshStatesAsync();
        }

        if (_focusPending && _found is not null && _mapView is not null)
        {
            _focusPending = false;
            await _mapView.FocusAsync(_found.Space);
        }
    }

    private async Task OnKeyDownAsync(KeyboardEventArgs e)
    {
        if (e.Key == "Enter")
        {
            await FindAsync();
        }
    }

    private Task FindAsync()
    {
        if (Map is null || string.IsNullOrWhiteSpace(_query))
        {
            return Task.CompletedTask;
        }

        Show(Refiner.Refine(Map, new SpaceCodePosition(_query.Trim())));
        return Task.CompletedTask;
    }

    private Task ShowSpaceAsync(string code)
    {
        _query = code;
        return FindAsync();
    }

    private Task OnMapClickAsync(Point2 point)
    {
        if (Map is not null)
        {
            _tap = point;
            Show(Refiner.Refine(Map, new MapPointPosition(CurrentLevel.Id, point.X, point.Y)));
        }

        return Task.CompletedTask;
    }

    private Task PickAsync(DetailedPosition candidate)
    {
        _candidates = [];
        Select(candidate);
        return Task.CompletedTask;
    }

    private void Show(RefinementResult result)
    {
        _error = null;
        _found = null;
        _candidates = [];
        switch (result.Status)
        {
            case RefinementStatus.Resolved:
                Select(result.Position!);
                break;
            case RefinementStatus.Ambiguous:
                _candidates = result.Candidates;
                _activeLevelIndex = Map!.Levels.ToList().FindIndex(l => l.Id == result.Candidates[0].Level.Id);
                break;
            default:
                _error = L[$"Refine.Error.{result.Error}"];
                break;
        }
    }

    private void Select(DetailedPosition position)
    {
        _found = position;
        _activeLevelIndex = Map!.Levels.ToList().FindIndex(l => l.Id == position.Level.Id);
        _focusPending = true;
    }
}
