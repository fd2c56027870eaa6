using Microsoft.AspNetCore.Components;
using ParkShare.Core.Lots.Editing;

namespace ParkShare.Web.Lots.Editing;

/// <summary>
/// The row a drag proposed, to adjust before it is made. Every change re-plans it (<see cref="RowPlanner"/>): the
/// canvas shows the footprint, a wrong value is named beside its field, the codes follow the zone the row lands in
/// until the operator types a prefix or start of their own, and a row over existing spaces is made only when the
/// operator confirms it.
/// </summary>
public sealed partial class EditorRowForm
{
    private const int CodesListed = 8;
    private RowSpec? _shown;
    private RowPlan _plan = default!;
    private int _count;
    private double _width;
    private double _depth;
    private double _gap;
    private double _angle;
    private string _prefix = string.Empty;
    private int _start;
    private bool _auto;
    private bool _confirmed;

    [Parameter, EditorRequired]
    public LevelDraft Draft { get; set; } = default!;

    /// <summary>The row the drag proposed (<see cref="RowPlanner.Propose"/>).</summary>
    [Parameter, EditorRequired]
    public RowSpec Row { get; set; } = default!;

    /// <summary>The row as now filled in, for the canvas's preview.</summary>
    [Parameter]
    public EventCallback<RowPlan> OnPlan { get; set; }

    [Parameter]
    public EventCallback<RowSpec> OnCreate { get; set; }

    [Parameter]
    public EventCallback OnCancel { get; set; }

    private bool CanCreate => _plan.Valid && (!_plan.Overlaps || _confirmed);

    private string FirstCode => RowGenerator.Code(_plan.Row.Prefix.Trim().ToUpperInvariant(), _plan.Row.StartNumber);

    private string OverlappedCodes =>
        string.Join(", ", _plan.Overlapped.Take(CodesListed).Select(s => s.Code)) + (_plan.Overlapped.Count > CodesListed ? ", …" : string.Empty);

    protected override void OnParametersSet()
    {
        if (!ReferenceEquals(_shown, Row))
        {
            _shown = Row;
            (_count, _width, _depth, _gap, _angle, _prefix, _start) = (Row.Count, Row.Width, Row.Depth, Row.Gap, Row.AngleDegrees, Row.Prefix, Row.StartNumber);
            (_auto, _confirmed) = (true, false);
            _plan = RowPlanner.Plan(Draft, Row);
        }
    }

    private string? ErrorOf(RowField field) =>
        _plan.Problems.FirstOrDefault(p => p.Field == field) is { } problem ? L[$"Editor.Row.Error.{problem.Code}", [.. problem.Arguments]].Value : null;

    private async Task ChangeAsync(Action change)
    {
        change();
        var row = Row with { Count = _count, Width = _width, Depth = _depth, Gap = _gap, AngleDegrees = _angle, Prefix = _prefix, StartNumber = _start };
        if (_auto)
        {
            row = RowPlanner.Fit(Draft, row);
            (_prefix, _start) = (row.Prefix, row.StartNumber);
        }

        var covered = _plan.Overlapped;
        _plan = RowPlanner.Plan(Draft, row);
        if (!covered.Select(s => s.Id).ToHashSet().SetEquals(_plan.Overlapped.Select(s => s.Id)))
        {
            // A confirmation covers the spaces it was given for, not others the row moved onto since.
            _confirmed = false;
        }

        await OnPlan.InvokeAsync(_plan);
    }

    private Task CreateAsync() => CanCreate ? OnCreate.InvokeAsync(_plan.Row) : Task.CompletedTask;
}
