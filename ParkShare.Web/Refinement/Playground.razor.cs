using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using ParkShare.Core.Geometry;
using ParkShare.Core.Lots;
using ParkShare.Core.Refinement;
using ParkShare.Web.Lots;
using ParkShare.Web.Staff;

namespace ParkShare.Web.Refinement;

/// <summary>Staff try every basic position kind and see the detailed position, the route and the API's JSON.</summary>
public sealed partial class Playground
{
    private static readonly string[] Kinds = ["spaceCode", "marker", "mapPoint", "gps"];
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private IReadOnlyList<LotListItem>? _lots;
    private Guid _lotId;
    private LotMap? _map;
    private int _levelIndex;
    private string _kind = "spaceCode";
    private string _code = string.Empty;
    private double _x;
    private double _y;
    private double _lat;
    private double _lng;
    private double _accuracy = 5;
    private string _levelHint = string.Empty;
    private RefinementResult? _result;
    private DetailedPosition? _position;
    private string? _error;
    private string? _json;
    private Point2? _tap;

    [CascadingParameter]
    private Task<AuthenticationState> Auth { get; set; } = default!;

    [Inject]
    private LotAccess Access { get; set; } = default!;

    [Inject]
    private LotMapCache Maps { get; set; } = default!;

    [Inject]
    private PositionRefiner Refiner { get; set; } = default!;

    [Inject]
    private DetailedPositionMapper Mapper { get; set; } = default!;

    [Inject]
    private IStringLocalizer<Playground> L { get; set; } = default!;

    private LevelMap CurrentLevel => _map!.Levels[Math.Clamp(_levelIndex, 0, _map.Levels.Count - 1)];

    private IReadOnlyList<SpaceEntry> CandidateSpaces => [.. (_result?.Candidates ?? []).Select(c => c.Space)];

    protected override async Task OnInitializedAsync()
    {
        _lots = await Access.VisibleLotsAsync((await Auth).User);
        if (_lots.Count > 0)
        {
            await SelectLotAsync(_lots[0].Id);
        }
    }

    private async Task SelectLotAsync(Guid lotId)
    {
        _lotId = lotId;
        _map = await Maps.GetAsync(lotId);
        _levelIndex = 0;
        _result = null;
        _position = null;
        _json = null;
        if (_map?.Spaces is [var sample, ..])
        {
            var geo = _map.Georeference.ToWgs84(sample.Centroid);
            (_lat, _lng, _levelHint) = (Math.Round(geo.Lat, 7), Math.Round(geo.Lng, 7), sample.Level.Name);
        }
    }

    private void OnMapClick(Point2 point)
    {
        (_x, _y, _tap, _kind) = (point.X, point.Y, point, "mapPoint");
        Refine();
    }

    private void Refine()
    {
        if (_map is null)
        {
            return;
        }

        BasicPosition position = _kind switch
        {
            "spaceCode" => new SpaceCodePosition(_code.Length > PositionRequestReader.MaxCodeLength ? _code[..PositionRequestReader.MaxCodeLength] : _code),
            "marker" => new MarkerPosition(_code),
            "mapPoint" => new MapPointPosition(CurrentLevel.Id, _x, _y),
            _ => new GpsPosition(_lat, _lng, _accuracy, string.IsNullOrWhiteSpace(_levelHint) ? null : _levelHint),
        };
        _result = Refiner.Refine(_map, position);
        _position = _result.Position;
        _error = _result.Status == RefinementStatus.Failed ? L[$"Refine.Error.{_result.Error}"].Value : null;
        _json = _result.Status switch
        {
            RefinementStatus.Resolved => JsonSerializer.Serialize(new RefineResponse("resolved", Mapper.ToDto(_result.Position!), null), Json),
            RefinementStatus.Ambiguous => JsonSerializer.Serialize(new RefineResponse("ambiguous", null, [.. _result.Candidates.Select(Mapper.ToDto)]), Json),
            _ => null,
        };
        // Show the level the answer is on: the resolved space, or the best candidate.
        if ((_position ?? (_result.Candidates is [var best, ..] ? best : null)) is { } shown)
        {
            _levelIndex = _map.Levels.ToList().FindIndex(l => l.Id == shown.Level.Id);
        }
    }

    private void Pick(DetailedPosition candidate)
    {
        _position = candidate;
        _result = RefinementResult.Resolved(candidate);
        _levelIndex = _map!.Levels.ToList().FindIndex(l => l.Id == candidate.Level.Id);
    }
}
