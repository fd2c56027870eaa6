using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using ParkShare.Core.Geometry;
using ParkShare.Core.Lots;
using ParkShare.Web.Lots.Editing;

namespace ParkShare.Web.Lots;

/// <summary>
/// Georeferences a lot from control points typed, or picked on the level map, against typed latitude and
/// longitude: the fit (exact for two, least squares for more) and each point's residual show as they are typed;
/// Save stores it with a history entry and a version bump so refined positions, share links and maps use it at once.
/// </summary>
public sealed partial class LotGeoreference : LotPageBase
{
    private readonly List<GeoreferenceRow> _points = [new(), new()];
    private int _levelIndex;
    private int _picking;
    private GeoreferenceFit? _fit;
    private string? _fitError;
    private string? _message;
    private bool _saved;
    private bool _saving;

    [Inject]
    private LotEditing Editing { get; set; } = default!;

    [Inject]
    private IStringLocalizer<LotGeoreference> L { get; set; } = default!;

    private GeoPoint Origin => Map!.Georeference.ToWgs84(new Point2(0, 0));

    private Point2? PickedPoint => _points.ElementAtOrDefault(_picking) is { X: { } x, Y: { } y } ? new Point2(x, y) : null;

    protected override bool EditsLot => true;

    private void OnMapClick(Point2 point)
    {
        var row = _points[Math.Clamp(_picking, 0, _points.Count - 1)];
        row.X = point.X;
        row.Y = point.Y;
        _picking = Math.Min(_picking + 1, _points.Count - 1);
        Refit();
    }

    private void Add()
    {
        if (_points.Count < GeoreferenceFitter.MaxPoints)
        {
            _points.Add(new GeoreferenceRow());
            _picking = _points.Count - 1;
        }
    }

    private void RemoveAt(int index)
    {
        _points.RemoveAt(index);
        _picking = Math.Clamp(_picking, 0, _points.Count - 1);
        Refit();
    }

    private IReadOnlyList<ControlPoint> Complete() =>
        [.. _points.Where(p => p.IsComplete).Select(p => new ControlPoint(new Point2(p.X!.Value, p.Y!.Value), new GeoPoint(p.Lat!.Value, p.Lng!.Value)))];

    private void Refit()
    {
        _message = null;
        var points = Complete();
        _fit = points.Count >= GeoreferenceFitter.MinPoints ? GeoreferenceFitter.Fit(points) : null;
        _fitError = _fit is { Succeeded: false } failed ? L[$"Georef.Error.{failed.Error}"].Value : null;
    }

    private string Residual(int index)
    {
        if (_fit is not { Succeeded: true } fit || !_points[index].IsComplete)
        {
            return string.Empty;
        }

        var position = _points.Take(index).Count(p => p.IsComplete);
        return Num(fit.ResidualsMeters[position]) + " m";
    }

    private async Task SaveAsync()
    {
        _saving = true;
        try
        {
            var outcome = await Editing.GeoreferenceAsync(await UserAsync(), LotId, Complete());
            _saved = outcome.Succeeded;
            _message = outcome.Succeeded
                ? L["Georef.Saved"].Value
                : outcome.Details.Count == 1 ? L[$"Georef.Error.{outcome.Details[0]}"].Value : LotEditMessages.Text(L, outcome);
            await ReloadAsync();
        }
        finally
        {
            _saving = false;
        }
    }

    private static string Deg(GeoPoint p) => string.Create(CultureInfo.InvariantCulture, $"{p.Lat:0.0000000}, {p.Lng:0.0000000}");

    private static string Num(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);
}
