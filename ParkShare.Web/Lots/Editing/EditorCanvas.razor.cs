using System.Globalization;
using Microsoft.AspNetCore.Components;
using ParkShare.Core.Geometry;
using ParkShare.Core.Lots.Editing;

namespace ParkShare.Web.Lots.Editing;

/// <summary>
/// The drawing: the level's SVG (floor plan, grid, outline, zones, walkways, spaces, landmarks) with the
/// selection marked and the handles of what can be reshaped or resized. It only draws; editor.js owns
/// the pointer on it (connected by <see cref="LevelEditor"/> through <see cref="Root"/>).
/// </summary>
public sealed partial class EditorCanvas
{
    private ElementReference _root;
    private Dictionary<Guid, Point2> _nodePoints = [];
    private LevelDraft? _nodePointsOf;

    [Parameter, EditorRequired]
    public LevelDraft Draft { get; set; } = default!;

    [Parameter, EditorRequired]
    public IReadOnlySet<Guid> Selection { get; set; } = new HashSet<Guid>();

    /// <summary>The level's floor-plan image, drawn under everything and deaf to the pointer.</summary>
    [Parameter]
    public EditorFloorPlan? FloorPlan { get; set; }

    [Parameter]
    public bool Grid { get; set; }

    /// <summary>The ring whose vertex handles show (the outline, by the level's id, or a zone), if any.</summary>
    [Parameter]
    public (Guid Id, Polygon2 Polygon)? Reshaping { get; set; }

    /// <summary>The vertex of <see cref="Reshaping"/> clicked last, which Delete removes.</summary>
    [Parameter]
    public int? PickedVertex { get; set; }

    /// <summary>The row being planned in the row form: its spaces' outlines, those over existing spaces marked.</summary>
    [Parameter]
    public RowPlan? RowPreview { get; set; }

    /// <summary>The element editor.js mounts on.</summary>
    public ElementReference Root => _root;

    private SpaceDraft? SingleSpace => Selection.Count == 1 ? Draft.Space(Selection.First()) : null;

    private string ViewBox
    {
        get
        {
            var e = Draft.Outline.Envelope.ExpandBy(4);
            return string.Create(CultureInfo.InvariantCulture, $"{e.MinX:0.##} {-e.MaxY:0.##} {e.Width:0.##} {e.Height:0.##}");
        }
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

    private string Cls(string baseClass, Guid id) => Selection.Contains(id) ? baseClass + " sel" : baseClass;

    private static Point2 Midpoint(Polygon2 polygon, int index)
    {
        var (a, b) = (polygon.Points[index], polygon.Points[(index + 1) % polygon.Points.Count]);
        return new Point2((a.X + b.X) / 2, (a.Y + b.Y) / 2);
    }

    private static string KindClass<T>(T kind) where T : struct, Enum => kind.ToString().ToLowerInvariant();

    private static string F(double v) => SvgPath.Number(v);

    private static string PathOf(Polygon2 polygon) => SvgPath.Of(polygon);
}
