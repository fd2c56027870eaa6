using Microsoft.JSInterop;
using ParkShare.Core.Geometry;
using ParkShare.Core.Lots.Editing;

namespace ParkShare.Web.Lots.Editing;

/// <summary>
/// What editor.js reports, once per gesture, in SVG units (y = -north): flipped and snapped here. Pointer gestures,
/// reshaping of the one selected zone or the outline (each handle drag is one vertex edit, so one undoable step),
/// and the keyboard shortcuts it forwards (listed in <see cref="EditorHelp"/>).
/// </summary>
public sealed partial class LevelEditor
{
    [JSInvokable]
    public Task OnSelectedAsync(string? id, bool add)
    {
        _pickedVertex = null;
        _selection.Pick(Guid.TryParse(id, out var guid) ? guid : null, add);
        StateHasChanged();
        return Task.CompletedTask;
    }

    [JSInvokable]
    public Task OnBandSelectedAsync(double x0, double y0, double x1, double y1, bool add)
    {
        _selection.Band(Draft, new Envelope2(Math.Min(x0, x1), Math.Min(-y0, -y1), Math.Max(x0, x1), Math.Max(-y0, -y1)), add);
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

    /// <summary>A row dragged from the first space's front corner along the row: proposes it, the form confirms.</summary>
    [JSInvokable]
    public Task OnRowDraggedAsync(double x0, double y0, double x1, double y1)
    {
        _row = RowPlanner.Propose(Draft, Snap(x0, y0), new Point2(x1, -y1));
        _rowPlan = RowPlanner.Plan(Draft, _row);
        StateHasChanged();
        return Task.CompletedTask;
    }

    /// <summary>Makes the row; overlaps it makes were confirmed in its form, so the save does not ask again.</summary>
    private async Task CreateRowAsync(RowSpec row)
    {
        CloseRow();
        var before = Draft;
        await EditAsync(d => d.AddRow(row));
        _overlaps.Confirm(before, Draft);
    }

    private void CloseRow() => (_row, _rowPlan) = (null, null);

    [JSInvokable]
    public Task OnVertexMovedAsync(string id, int index, double x, double y) =>
        Guid.TryParse(id, out var ring) ? ReshapeAsync(d => d.MoveVertex(ring, index, Snap(x, y))) : Task.CompletedTask;

    /// <summary>A midpoint handle dragged: a new vertex after <paramref name="afterIndex"/>, where the handle was let go.</summary>
    [JSInvokable]
    public Task OnVertexInsertedAsync(string id, int afterIndex, double x, double y) =>
        Guid.TryParse(id, out var ring) ? ReshapeAsync(d => d.InsertVertex(ring, afterIndex, Snap(x, y))) : Task.CompletedTask;

    [JSInvokable]
    public Task OnVertexRemovedAsync(string id, int index) =>
        Guid.TryParse(id, out var ring) ? ReshapeAsync(d => d.RemoveVertex(ring, index)) : Task.CompletedTask;

    /// <summary>A vertex clicked without dragging: Delete then removes it rather than the selected zone.</summary>
    [JSInvokable]
    public Task OnVertexPickedAsync(string id, int index)
    {
        _pickedVertex = Guid.TryParse(id, out var ring) ? (ring, index) : null;
        StateHasChanged();
        return Task.CompletedTask;
    }

    private Task DeleteAsync() =>
        PickedIndex is { } index && ReshapeTarget is { } target ? ReshapeAsync(d => d.RemoveVertex(target.Id, index)) : DeleteSelectionAsync();

    private Task ReshapeAsync(Func<LevelDraft, LevelDraft> edit)
    {
        _pickedVertex = null;
        return EditAsync(edit);
    }

    [JSInvokable]
    public async Task OnKeyAsync(string key, bool ctrl, bool shift)
    {
        if (ctrl)
        {
            await (key.ToLowerInvariant() switch
            {
                "z" when shift => RedoAsync(),
                "z" => UndoAsync(),
                "y" => RedoAsync(),
                "s" => SaveAsync(),
                "a" => SelectAllSpacesAsync(),
                _ => Task.CompletedTask,
            });
            return;
        }

        var step = shift ? 0.1 : (_snap ? new SnapOptions().GridStep : 0.1);
        var ids = _selection.ToList();
        await (key switch
        {
            "Delete" or "Backspace" => DeleteAsync(),
            "Escape" => EscapeAsync(),
            "ArrowUp" => EditAsync(d => d.Move(ids, 0, step)),
            "ArrowDown" => EditAsync(d => d.Move(ids, 0, -step)),
            "ArrowLeft" => EditAsync(d => d.Move(ids, -step, 0)),
            "ArrowRight" => EditAsync(d => d.Move(ids, step, 0)),
            "r" or "R" when _selection.Count > 0 && _tool == EditorTool.Rotate => EditAsync(d => d.Rotate(ids, shift ? -90 : 90)),
            "v" or "V" => SetToolAsync(EditorTool.Select),
            "h" or "H" => SetToolAsync(EditorTool.Pan),
            "r" or "R" => SetToolAsync(EditorTool.Rotate),
            "o" or "O" => SetToolAsync(EditorTool.Outline),
            "z" or "Z" => SetToolAsync(EditorTool.Zone),
            "S" => SetToolAsync(EditorTool.Row),
            "s" => SetToolAsync(EditorTool.Space),
            "l" or "L" => SetToolAsync(EditorTool.Landmark),
            "w" or "W" => SetToolAsync(EditorTool.Walkway),
            "g" or "G" => Toggle(ref _grid),
            "n" or "N" => Toggle(ref _snap),
            "?" => Toggle(ref _help),
            _ => Task.CompletedTask,
        });
        StateHasChanged();
    }

    private Task SelectAllSpacesAsync()
    {
        _selection.Clear();
        _selection.UnionWith(Draft.Spaces.Select(s => s.Id));
        StateHasChanged();
        return Task.CompletedTask;
    }

    private Task EscapeAsync()
    {
        _selection.Clear();
        CloseRow();
        return SetToolAsync(EditorTool.Select);
    }

    private static Task Toggle(ref bool flag)
    {
        flag = !flag;
        return Task.CompletedTask;
    }

    private SnapOptions SnapOptions => _snap ? new SnapOptions() : SnapOptions.Off;

    private Point2 Snap(double svgX, double svgY) => Snapper.Snap(Draft, new Point2(svgX, -svgY), SnapOptions).Point;
}
