using Microsoft.JSInterop;
using ParkShare.Core.Geometry;
using ParkShare.Core.Lots.Editing;

namespace ParkShare.Web.Lots.Editing;

/// <summary>
/// Reshaping the one selected zone or the level outline: editor.js previews a handle drag and reports it once,
/// on release; each report is one <see cref="LevelDraft"/> vertex edit, so one undoable step.
/// </summary>
public sealed partial class LevelEditor
{
    private (Guid Polygon, int Index)? _pickedVertex;

    /// <summary>The ring whose vertex handles show: the outline (by the level's id) or a zone, when it alone is selected.</summary>
    private (Guid Id, Polygon2 Polygon)? ReshapeTarget =>
        _selection.Count == 1 && Draft.RingOf(_selection.First()) is { } ring ? (_selection.First(), ring) : null;

    private int? PickedIndex => _pickedVertex is { } v && ReshapeTarget is { } t && t.Id == v.Polygon && v.Index < t.Polygon.Points.Count ? v.Index : null;

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

    private static Point2 Midpoint(Polygon2 polygon, int index)
    {
        var (a, b) = (polygon.Points[index], polygon.Points[(index + 1) % polygon.Points.Count]);
        return new Point2((a.X + b.X) / 2, (a.Y + b.Y) / 2);
    }
}
