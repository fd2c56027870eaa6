using System.Globalization;
using Microsoft.AspNetCore.Components;
using ParkShare.Core.Geometry;
using ParkShare.Core.Lots;
using ParkShare.Core.Lots.Editing;

namespace ParkShare.Web.Lots.Editing;

/// <summary>Properties of the selection; "apply" and "renumber" are single undoable steps of the editor.</summary>
public sealed partial class EditorProperties
{
    private string _selectionKey = string.Empty;
    private SpaceDraft? _space;
    private ZoneDraft? _zone;
    private LandmarkDraft? _landmark;
    private List<Guid> _spaceIds = [];
    private string _code = string.Empty;
    private string _label = string.Empty;
    private string _color = string.Empty;
    private string _prefix = string.Empty;
    private int _start = 1;
    private SpaceKind _spaceKind;
    private LandmarkKind _landmarkKind;
    private bool _reservable;
    private bool _unchanged;

    [Parameter, EditorRequired]
    public LevelDraft Draft { get; set; } = default!;

    [Parameter, EditorRequired]
    public IReadOnlyCollection<Guid> Selection { get; set; } = [];

    [Parameter]
    public EventCallback<Func<LevelDraft, LevelDraft>> OnEdit { get; set; }

    protected override void OnParametersSet()
    {
        // Fields are refilled only when the selection (or the selected element itself) changes, so typing is never overwritten.
        var single = Selection.Count == 1 ? Selection.First() : Guid.Empty;
        _space = Draft.Space(single);
        _zone = Draft.Zone(single);
        _landmark = Draft.Landmark(single);
        var key = string.Join(',', Selection.Order()) + "|" + (_space as object ?? _zone as object ?? _landmark)?.GetHashCode()
            + "|" + Draft.Spaces.Count + "," + Draft.Zones.Count + "," + Draft.Landmarks.Count;
        _unchanged = key == _selectionKey;
        if (_unchanged)
        {
            return;
        }

        _selectionKey = key;
        _spaceIds = [.. Draft.Spaces.Where(s => Selection.Contains(s.Id)).Select(s => s.Id)];
        (_code, _label, _color) = (_space?.Code ?? _zone?.Code ?? _landmark?.MarkerCode ?? string.Empty, _space?.Label ?? _zone?.Name ?? _landmark?.Name ?? string.Empty, _zone?.Color ?? string.Empty);
        (_spaceKind, _reservable, _landmarkKind) = (_space?.Kind ?? SpaceKind.Standard, _space?.Reservable ?? true, _landmark?.Kind ?? LandmarkKind.Pillar);
        var first = Draft.Space(_spaceIds.FirstOrDefault());
        _prefix = first is null ? string.Empty : first.Code.TrimEnd("0123456789".ToCharArray());
        _start = first?.Number ?? 1;
    }

    /// <summary>The editor re-renders for every edit; this panel only when what it shows changed (or for its own events).</summary>
    protected override bool ShouldRender()
    {
        var render = !_unchanged;
        _unchanged = false;
        return render;
    }

    private Task ApplySpaceAsync()
    {
        var (id, code, label, kind, reservable) = (_space!.Id, _code, _label, _spaceKind, _reservable);
        return OnEdit.InvokeAsync(d => d.UpdateSpace(id, code, label, kind, reservable));
    }

    private Task ApplyZoneAsync()
    {
        var (id, code, name, color) = (_zone!.Id, _code, _label, _color);
        return OnEdit.InvokeAsync(d => d.UpdateZone(id, code, name, color));
    }

    private Task RenumberZoneAsync()
    {
        var id = _zone!.Id;
        return OnEdit.InvokeAsync(d => d.RenumberZone(id));
    }

    private Task ApplyLandmarkAsync()
    {
        var (id, kind, name, marker) = (_landmark!.Id, _landmarkKind, _label, _code);
        return OnEdit.InvokeAsync(d => d.UpdateLandmark(id, kind, name, marker));
    }

    private Task RenumberAsync()
    {
        var (ids, prefix, start) = (_spaceIds.ToList(), _prefix ?? string.Empty, _start);
        return OnEdit.InvokeAsync(d => d.Renumber(ids, prefix, start));
    }

    private string Dimensions(Polygon2 polygon)
    {
        var p = polygon.Points;
        var width = p[0].DistanceTo(p[1]);
        var depth = p[1].DistanceTo(p[2]);
        return L["Editor.Props.Size", width.ToString("0.##", CultureInfo.InvariantCulture), depth.ToString("0.##", CultureInfo.InvariantCulture)];
    }
}
