using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using ParkShare.Core.Geometry;
using ParkShare.Core.Lots;
using ParkShare.Core.Wayfinding;
using ParkShare.Web.Components;
using ParkShare.Web.Refinement;
using Route = ParkShare.Core.Wayfinding.Route;

namespace ParkShare.Web.Lots;

/// <summary>
/// Draws one level as SVG in lot-local metres (north up). Pan and zoom run in the browser
/// (wwwroot/js/levelmap.js); a tap is reported once, in lot-local metres.
/// </summary>
public sealed partial class LevelMapView : IAsyncDisposable
{
    private ElementReference _svg;
    private IJSObjectReference? _module;
    private IJSObjectReference? _handle;
    private DotNetObjectReference<LevelMapView>? _self;
    private Guid _attachedLevel;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Inject]
    private RouteStepFormatter Steps { get; set; } = default!;

    [Parameter, EditorRequired]
    public LevelMap Level { get; set; } = default!;

    [Parameter]
    public SpaceEntry? Highlight { get; set; }

    [Parameter]
    public IReadOnlyList<SpaceEntry> Candidates { get; set; } = [];

    [Parameter]
    public Route? Route { get; set; }

    [Parameter]
    public Point2? Marker { get; set; }

    /// <summary>Live states by space id; null draws the plan without them.</summary>
    [Parameter]
    public IReadOnlyDictionary<Guid, Core.Parking.SpaceStateKind>? States { get; set; }

    [Parameter]
    public EventCallback<Point2> OnMapClick { get; set; }

    private double Top => Level.Outline.Envelope.MaxY;

    private string ViewBox
    {
        get
        {
            var e = Level.Outline.Envelope.ExpandBy(3);
            return string.Create(CultureInfo.InvariantCulture, $"{e.MinX:0.##} {Top - e.MaxY:0.##} {e.Width:0.##} {e.Height:0.##}");
        }
    }

    private IEnumerable<RouteLeg> RouteLegs => Route?.Legs.Where(l => l.LevelId == Level.Id) ?? [];

    [JSInvokable]
    public Task OnMapClickedAsync(double svgX, double svgY) =>
        OnMapClick.HasDelegate ? OnMapClick.InvokeAsync(new Point2(Math.Round(svgX, 2), Math.Round(Sy(svgY), 2))) : Task.CompletedTask;

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            _module = await JS.InvokeAsync<IJSObjectReference>("import", "./js/levelmap.js");
            _self = DotNetObjectReference.Create(this);
        }

        if (_module is not null && _attachedLevel != Level.Id)
        {
            if (_handle is not null)
            {
                await JsHandles.DetachAsync(_handle);
            }

            var first = _handle is null;
            _handle = await _module.InvokeAsync<IJSObjectReference>("attach", _svg, _self);
            _attachedLevel = Level.Id;
            if (first)
            {
                // Tells users (and end-to-end tests) that the map now answers pan, zoom and taps.
                StateHasChanged();
            }
        }
    }

    /// <summary>Zooms the map onto a space so a found space is in view.</summary>
    public async Task FocusAsync(SpaceEntry space)
    {
        if (_handle is not null && space.Level.Id == Level.Id)
        {
            var e = space.Polygon.Envelope.ExpandBy(18);
            await _handle.InvokeVoidAsync("focus", e.MinX, Top - e.MaxY, e.Width, e.Height);
        }
    }

    private async Task ZoomAsync(double factor)
    {
        if (_handle is not null)
        {
            await _handle.InvokeVoidAsync("zoom", factor);
        }
    }

    private async Task ResetAsync()
    {
        if (_handle is not null)
        {
            await _handle.InvokeVoidAsync("reset");
        }
    }

    private double Sy(double y) => Top - y;

    private static string F(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);

    private string Points(Polygon2 polygon) => Points(polygon.Points);

    private string Points(IEnumerable<Point2> points)
    {
        var sb = new StringBuilder();
        foreach (var p in points)
        {
            sb.Append(F(p.X)).Append(',').Append(F(Sy(p.Y))).Append(' ');
        }

        return sb.ToString().TrimEnd();
    }

    private string SpaceClass(SpaceEntry s) =>
        $"space kind-{s.Kind.ToString().ToLowerInvariant()} state-{StateOf(s).ToString().ToLowerInvariant()}";

    private Core.Parking.SpaceStateKind StateOf(SpaceEntry s) =>
        States?.GetValueOrDefault(s.Id, Core.Parking.SpaceStateKind.Free) ?? (s.Disabled ? Core.Parking.SpaceStateKind.Disabled : Core.Parking.SpaceStateKind.Free);

    private string SpaceTitle(SpaceEntry space)
    {
        var state = StateOf(space);
        return LevelMapMarkup.Title(Level, space, state, () => $"{space.Code} · {L[$"SpaceKind.{space.Kind}"]} · {L[$"SpaceState.{state}"]}");
    }

    public ValueTask DisposeAsync() => JsHandles.ReleaseAsync(_handle, _module, _self);
}
