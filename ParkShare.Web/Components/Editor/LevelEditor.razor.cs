using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;
using ParkShare.Core.Geometry;
using ParkShare.Core.Lots;
using ParkShare.Core.Lots.Editing;

namespace ParkShare.Web.Components.Editor;

/// <summary>
/// The level editor: a thin view over <see cref="LevelDraft"/> and its rules. Every tool turns into one
/// draft-to-draft function applied through <see cref="EditAsync"/>, which makes it one undoable step;
/// pointer work happens in wwwroot/js/editor.js and arrives here once per gesture (LevelEditor.Pointer.cs).
/// </summary>
public sealed partial class LevelEditor : IAsyncDisposable
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Polygon2, string> Paths = [];
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
        Revalidate();
    }

    /// <summary>Applies one tool's change as one undoable step; a refused edit shows its message and changes nothing.</summary>
    public Task EditAsync(Func<LevelDraft, LevelDraft> edit)
    {
        try
        {
            if (_history.Apply(edit(Draft)))
            {
                _selection.RemoveWhere(id => Draft.BoundsOf(id) is null);
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
            _selection.RemoveWhere(id => Draft.BoundsOf(id) is null);
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

    /// <summary>Small levels are checked at once; on large ones the checks run off the render path, so a drag redraws first.</summary>
    private void Revalidate()
    {
        if (Draft.Spaces.Count <= BackgroundChecksFrom)
        {
            _issues = DraftValidator.Validate(Draft, _context.OtherLevelCodes);
        }
        else
        {
            _ = RevalidateAsync(Draft);
        }
    }

    private async Task RevalidateAsync(LevelDraft draft)
    {
        var issues = await Task.Run(() => DraftValidator.Validate(draft, _context.OtherLevelCodes));
        if (ReferenceEquals(draft, Draft))
        {
            _issues = issues;
            await InvokeAsync(StateHasChanged);
        }
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

    private static string F(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>Path text per polygon, remembered while the polygon lives: unchanged spaces cost nothing to redraw.</summary>
    private static string PathOf(Polygon2 polygon) => Paths.GetValue(polygon, BuildPath);

    private static string BuildPath(Polygon2 polygon)
    {
        var sb = new StringBuilder("M");
        foreach (var p in polygon.Points)
        {
            sb.Append(F(p.X)).Append(',').Append(F(-p.Y)).Append(' ');
        }

        return sb.Append('Z').ToString();
    }
}
