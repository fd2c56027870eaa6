using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;
using ParkShare.Core.Geometry;
using ParkShare.Core.Lots;
using ParkShare.Core.Lots.Editing;

namespace ParkShare.Web.Lots.Editing;

/// <summary>
/// The level editor: a thin view over <see cref="LevelDraft"/> and its rules. Every tool turns into one
/// draft-to-draft function applied through <see cref="EditAsync"/>, which makes it one undoable step;
/// pointer work happens in wwwroot/js/editor.js and arrives here once per gesture (LevelEditor.Pointer.cs).
/// </summary>
public sealed partial class LevelEditor : IAsyncDisposable
{
    private const int BackgroundChecksFrom = 300;
    private readonly HashSet<Guid> _selection = [];
    private DraftHistory _history = default!;
    private IReadOnlyList<DraftIssue> _issues = [];
    private EditorTool _tool = EditorTool.Select;
    private LandmarkKind _landmarkKind = LandmarkKind.Elevator;
    private bool _snap = true;
    private bool _grid = true;
    private bool _help;
    private bool _saving;
    private bool _conflict;
    private bool _deleted;
    private string? _message;
    private Severity _messageSeverity = Severity.Info;
    private RowSpec? _row;
    private LevelDraft? _saved;
    private LevelEditContext? _parameter;
    private LevelEditContext _context = default!;
    private Dictionary<Guid, Point2> _nodePoints = [];
    private LevelDraft? _nodePointsOf;
    private System.Runtime.CompilerServices.ConditionalWeakTable<LevelDraft, IReadOnlyList<DraftIssue>> _checked = [];
    private bool _checkPending;

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

    private SnapOptions SnapOptions => _snap ? new SnapOptions() : SnapOptions.Off;

    private SpaceDraft? SingleSpace => _selection.Count == 1 ? Draft.Space(_selection.First()) : null;

    private string ViewBox
    {
        get
        {
            var e = Draft.Outline.Envelope.ExpandBy(4);
            return string.Create(CultureInfo.InvariantCulture, $"{e.MinX:0.##} {-e.MaxY:0.##} {e.Width:0.##} {e.Height:0.##}");
        }
    }

    protected override void OnParametersSet()
    {
        if (!ReferenceEquals(_parameter, Context))
        {
            _parameter = Context;
            Load(Context);
        }
    }

    private void Load(LevelEditContext context)
    {
        _context = context;
        _history = new DraftHistory(context.Draft);
        _saved = context.Draft;
        _selection.Clear();
        CatchUpPanels();
        _checked = [];
        _issues = [];
        Revalidate();
    }

    /// <summary>Applies one tool's change as one undoable step; a refused edit shows its message and changes nothing.</summary>
    public Task EditAsync(Func<LevelDraft, LevelDraft> edit)
    {
        try
        {
            if (_history.Apply(edit(Draft)))
            {
                PruneSelection();
                Revalidate();
            }
        }
        catch (DraftEditException ex)
        {
            Show(L[$"Editor.Error.{ex.Code}", [.. ex.Arguments]], Severity.Warning);
        }

        StateHasChanged();
        return Task.CompletedTask;
    }

    public Task UndoAsync() => Step(_history.Undo());

    public Task RedoAsync() => Step(_history.Redo());

    private Task Step(bool changed)
    {
        if (changed)
        {
            PruneSelection();
            Revalidate();
            StateHasChanged();
        }

        return Task.CompletedTask;
    }

    private Task DeleteSelectionAsync()
    {
        var ids = _selection.ToList();
        _selection.Clear();
        return EditAsync(d => d.Remove(ids));
    }

    private void Show(string message, Severity severity)
    {
        _message = message;
        _messageSeverity = severity;
    }

    private Point2? NodePoint(Guid id)
    {
        if (!ReferenceEquals(_nodePointsOf, Draft))
        {
            _nodePoints = Draft.Nodes.ToDictionary(n => n.Id, n => n.Point);
            _nodePointsOf = Draft;
        }

        return _nodePoints.TryGetValue(id, out var p) ? p : null;
    }

    private string Cls(string baseClass, Guid id) => _selection.Contains(id) ? baseClass + " sel" : baseClass;

    private static string KindClass<T>(T kind) where T : struct, Enum => kind.ToString().ToLowerInvariant();

    private static string F(double v) => SvgPath.Number(v);

    private static string PathOf(Polygon2 polygon) => SvgPath.Of(polygon);
}
