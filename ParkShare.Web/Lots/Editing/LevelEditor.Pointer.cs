using Microsoft.JSInterop;
using ParkShare.Core.Geometry;
using ParkShare.Core.Lots.Editing;

namespace ParkShare.Web.Lots.Editing;

/// <summary>What editor.js reports, once per gesture, in SVG units (y = -north): flipped and snapped here.</summary>
public sealed partial class LevelEditor
{
    [JSInvokable]
    public Task OnSelectedAsync(string? id, bool add)
    {
        _pickedVertex = null;
        if (!add)
        {
            _selection.Clear();
        }

        if (Guid.TryParse(id, out var guid) && !_selection.Remove(guid))
        {
            _selection.Add(guid);
        }

        StateHasChanged();
        return Task.CompletedTask;
    }

    [JSInvokable]
    public Task OnBandSelectedAsync(double x0, double y0, double x1, double y1, bool add)
    {
        var band = new Envelope2(Math.Min(x0, x1), Math.Min(-y0, -y1), Math.Max(x0, x1), Math.Max(-y0, -y1));
        bool Inside(Envelope2 e) => band.Contains(new Point2(e.MinX, e.MinY)) && band.Contains(new Point2(e.MaxX, e.MaxY));
        if (!add)
        {
            _selection.Clear();
        }

        _selection.UnionWith(Draft.Spaces.Where(s => Inside(s.Polygon.Envelope)).Select(s => s.Id));
        _selection.UnionWith(Draft.Zones.Where(z => Inside(z.Polygon.Envelope)).Select(z => z.Id));
        _selection.UnionWith(Draft.Landmarks.Where(l => band.Contains(l.Point)).Select(l => l.Id));
        _selection.UnionWith(Draft.Nodes.Where(n => band.Contains(n.Point)).Select(n => n.Id));
        StateHasChanged();
        return Task.CompletedTask;
    }

    /// <param name="ids">The dragged element, or null when the whole selection moved (a select-all of 2,000 ids would exceed the circuit's 32 KB message limit).</param>
    [JSInvokable]
    public Task OnMovedAsync(string[]? ids, double dx, double dy)
    {
        if (ids is null)
        {
            var selection = _selection.ToList();
            return EditAsync(d => d.Move(selection, Snapper.ToGrid(dx, SnapOptions), Snapper.ToGrid(-dy, SnapOptions)));
        }

        var moved = ids.Select(i => Guid.TryParse(i, out var g) ? g : Guid.Empty).Where(g => g != Guid.Empty).ToList();
        if (!moved.All(_selection.Contains))
        {
            _selection.Clear();
            _selection.UnionWith(moved);
        }

        var (mx, my) = (Snapper.ToGrid(dx, SnapOptions), Snapper.ToGrid(-dy, SnapOptions));
        return EditAsync(d => d.Move(moved, mx, my));
    }

    [JSInvokable]
    public Task OnRotatedAsync(double svgDegrees)
    {
        var ids = _selection.ToList();
        return EditAsync(d => d.Rotate(ids, -svgDegrees));
    }

    [JSInvokable]
    public Task OnResizedAsync(string id, double x, double y) =>
        Guid.TryParse(id, out var spaceId) ? EditAsync(d => d.ResizeSpace(spaceId, Snap(x, y))) : Task.CompletedTask;

    [JSInvokable]
    public Task OnPolygonDrawnAsync(double[] xy)
    {
        var points = Enumerable.Range(0, xy.Length / 2).Select(i => Snap(xy[2 * i], xy[(2 * i) + 1])).ToList();
        return _tool == EditorTool.Outline ? EditAsync(d => d.WithOutline(points)) : EditAsync(d => d.AddZone(points));
    }

    [JSInvokable]
    public Task OnPointAsync(double x, double y)
    {
        var p = Snap(x, y);
        return _tool switch
        {
            EditorTool.Space => EditAsync(d => d.AddSpace(p)),
            EditorTool.Landmark => EditAsync(d => d.AddLandmark(_landmarkKind, p)),
            _ => Task.CompletedTask,
        };
    }

    /// <summary>One click of the walkway tool: snaps (onto a segment too, which then splits), adds the segment from the previous click, answers the snapped point.</summary>
    [JSInvokable]
    public async Task<double[]> OnWalkwayPointAsync(double x, double y, bool hasAnchor, double ax, double ay)
    {
        var p = Snapper.SnapWalkway(Draft, new Point2(x, -y), SnapOptions).Point;
        if (hasAnchor)
        {
            await EditAsync(d => d.AddWalkway(new Point2(ax, -ay), p));
        }

        return [p.X, -p.Y];
    }

    /// <summary>A row dragged from the first space's front corner along the row: proposes count and angle, the form confirms.</summary>
    [JSInvokable]
    public Task OnRowDraggedAsync(double x0, double y0, double x1, double y1)
    {
        var start = Snap(x0, y0);
        var end = new Point2(x1, -y1);
        var angle = Math.Round(Math.Atan2(end.Y - start.Y, end.X - start.X) * 180 / Math.PI, 1);
        var zone = Draft.ZoneAt(start);
        var prefix = Draft.SpacePrefix(zone);
        var count = RowGenerator.CountAlong(start.DistanceTo(end), LevelDraft.DefaultSpaceWidth, 0);
        _row = new RowSpec(start, angle, count, LevelDraft.DefaultSpaceWidth, LevelDraft.DefaultSpaceDepth, Draft.NextNumber(prefix), prefix, 0, zone?.Id);
        StateHasChanged();
        return Task.CompletedTask;
    }

    private Task CreateRowAsync(RowSpec row)
    {
        _row = null;
        return EditAsync(d => d.AddRow(row));
    }

    private Point2 Snap(double svgX, double svgY) => Snapper.Snap(Draft, new Point2(svgX, -svgY), SnapOptions).Point;
}
