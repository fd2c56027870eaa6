using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.JSInterop;
using MudBlazor;
using ParkShare.Core.Geometry;
using ParkShare.Core.Lots;
using ParkShare.Core.Lots.Editing;

namespace ParkShare.Web.Lots.Editing;

/// <summary>
/// The level editor: a thin view over <see cref="LevelDraft"/> and its rules. It holds the draft's history, the
/// selection and the tool, and composes the parts that each draw one thing (<see cref="EditorToolbar"/>,
/// <see cref="EditorSaveBar"/>, <see cref="EditorCanvas"/>, the side panels). Every tool turns into one
/// draft-to-draft function applied through <see cref="EditAsync"/>, which makes it one undoable step; pointer
/// work happens in wwwroot/js/editor.js and arrives once per gesture (LevelEditor.Input.cs).
/// </summary>
public sealed partial class LevelEditor : IAsyncDisposable
{
    private readonly HashSet<Guid> _selection = [];
    private readonly OverlapConfirmations _overlaps = new();
    private DraftHistory _history = default!;
    private DraftChecks _checks = default!;
    private EditorTool _tool = EditorTool.Select;
    private LandmarkKind _landmarkKind = LandmarkKind.Elevator;
    private bool _snap = true;
    private bool _grid = true;
    private bool _help;
    private RowSpec? _row;
    private RowPlan? _rowPlan;
    private LevelDraft? _saved;
    private LevelEditContext? _parameter;
    private EditorCanvas _canvas = default!;
    private EditorSaveBar _bar = default!;
    private EditorScript? _script;
    private (Guid Polygon, int Index)? _pickedVertex;

    // The side panels follow the canvas one render later. The properties panel is a dozen MudBlazor inputs, and
    // building it when a click selects a space cost several times the canvas's own redraw; so the canvas batch
    // goes to the browser first and the panels catch up after it (OnAfterRenderAsync), in a second batch.
    private LevelDraft _panelDraft = default!;
    private HashSet<Guid> _panelSelection = [];

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Parameter, EditorRequired]
    public LevelEditContext Context { get; set; } = default!;

    /// <summary>Stores a draft; the page supplies it (access check, <see cref="LevelEditService"/>).</summary>
    [Parameter, EditorRequired]
    public Func<LevelDraft, Task<LevelSaveResult>> Save { get; set; } = default!;

    /// <summary>Loads the level as stored now, for "reload" after a conflict.</summary>
    [Parameter]
    public Func<Task<LevelEditContext?>>? Reload { get; set; }

    [Parameter]
    public EventCallback<LevelSaveResult> OnSaved { get; set; }

    /// <summary>The level's floor-plan image, drawn under everything and deaf to the pointer.</summary>
    [Parameter]
    public EditorFloorPlan? FloorPlan { get; set; }

    public LevelDraft Draft => _history.Current;

    public IReadOnlyCollection<Guid> Selection => _selection;

    public bool Dirty => _saved is not null && !ReferenceEquals(_saved, Draft) && !_saved.Equals(Draft);

    private EditorScript Script => _script ??= new EditorScript(JS);

    /// <summary>The ring whose vertex handles show: the outline (by the level's id) or a zone, when it alone is selected.</summary>
    private (Guid Id, Polygon2 Polygon)? ReshapeTarget =>
        _selection.Count == 1 && Draft.RingOf(_selection.First()) is { } ring ? (_selection.First(), ring) : null;

    private int? PickedIndex => _pickedVertex is { } v && ReshapeTarget is { } t && t.Id == v.Polygon && v.Index < t.Polygon.Points.Count ? v.Index : null;

    private bool PanelsBehind => !ReferenceEquals(_panelDraft, Draft) || !_panelSelection.SetEquals(_selection);

    protected override void OnParametersSet()
    {
        if (!ReferenceEquals(_parameter, Context))
        {
            _parameter = Context;
            Load(Context);
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (PanelsBehind)
        {
            CatchUpPanels();
            StateHasChanged();
        }

        if (firstRender)
        {
            // The canvas mounted itself in the browser (console.js); this connects .NET to it. A pending
            // validation of a large level waits for the render after it.
            await Script.ConnectAsync(_canvas.Root, this, () => ToolName);
            StateHasChanged();
        }
        else if (await _checks.RunPendingAsync(() => Draft))
        {
            await InvokeAsync(StateHasChanged);
        }
    }

    /// <summary>Applies one tool's change as one undoable step; a refused edit shows its message and changes nothing.</summary>
    public Task EditAsync(Func<LevelDraft, LevelDraft> edit)
    {
        try
        {
            if (_history.Apply(edit(Draft)))
            {
                Changed();
            }
        }
        catch (DraftEditException ex)
        {
            _bar.Show(L[$"Editor.Error.{ex.Code}", [.. ex.Arguments]], Severity.Warning);
        }

        StateHasChanged();
        return Task.CompletedTask;
    }

    public Task UndoAsync() => Step(_history.Undo());

    public Task RedoAsync() => Step(_history.Redo());

    public async Task SetToolAsync(EditorTool tool)
    {
        _tool = tool;
        CloseRow();
        await Script.SetToolAsync(ToolName);
    }

    /// <summary>Saves the draft, unless an edit created an overlap nobody confirmed: then the save waits for a yes.</summary>
    public Task SaveAsync()
    {
        if (_overlaps.MaySave(_saved ?? Draft, Draft))
        {
            return _bar.SaveAsync(Draft);
        }

        StateHasChanged();
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync() => _script?.DisposeAsync() ?? ValueTask.CompletedTask;

    private string ToolName => _tool.ToString().ToLowerInvariant();

    private void Load(LevelEditContext context)
    {
        _history = new DraftHistory(context.Draft);
        _checks = new DraftChecks(context.OtherLevelCodes);
        _saved = context.Draft;
        _overlaps.Clear();
        _selection.Clear();
        CatchUpPanels();
        _checks.Check(Draft);
    }

    private void CatchUpPanels()
    {
        _panelDraft = Draft;
        _panelSelection = [.. _selection];
    }

    private Task Step(bool changed)
    {
        if (changed)
        {
            Changed();
            StateHasChanged();
        }

        return Task.CompletedTask;
    }

    /// <summary>After a new draft: drops selected ids it no longer has (one pass over the draft), then checks it.</summary>
    private void Changed()
    {
        _selection.Prune(Draft);
        _checks.Check(Draft);
    }

    private Task DeleteSelectionAsync()
    {
        var ids = _selection.ToList();
        _selection.Clear();
        return EditAsync(d => d.Remove(ids));
    }

    private async Task SavedAsync(LevelSaveResult result)
    {
        _history.Rebase(result.Version);
        _saved = Draft;
        _overlaps.Clear();
        await OnSaved.InvokeAsync(result);
    }

    /// <summary>"Save mine anyway": the draft is rebased on the version now stored, then saved over it.</summary>
    private Task OverwriteAsync(int storedVersion)
    {
        _history.Rebase(storedVersion);
        return SaveAsync();
    }

    /// <summary>Leaving for another console page with unsaved changes asks first; a reload or a closed tab gets the browser's own question.</summary>
    private async Task ConfirmLeaveAsync(LocationChangingContext context)
    {
        if (Dirty && !await JS.InvokeAsync<bool>("confirm", L["Editor.LeaveUnsaved"].Value))
        {
            context.PreventNavigation();
        }
    }

    private Task ConfirmOverlapsAsync(IReadOnlyList<SpaceOverlap> overlaps)
    {
        _overlaps.Confirm(overlaps);
        return SaveAsync();
    }

    /// <summary>"Keep editing": the overlapping spaces are selected and shown.</summary>
    private async Task ShowOverlapsAsync(IReadOnlyList<SpaceOverlap> overlaps)
    {
        _overlaps.Dismiss();
        _selection.Clear();
        _selection.UnionWith(overlaps.SelectMany(o => new[] { o.First.Id, o.Second.Id }));
        if (Draft.BoundsOf(_selection) is { } bounds)
        {
            await Script.FocusAsync(bounds.ExpandBy(6));
        }
    }

    private async Task FocusIssueAsync(DraftIssue issue)
    {
        _selection.Clear();
        if (Draft.BoundsOf(issue.ElementId) is not null && issue.ElementId != Draft.LevelId)
        {
            _selection.Add(issue.ElementId);
        }

        await Script.FocusAsync(issue.Bounds.ExpandBy(6));
    }
}
