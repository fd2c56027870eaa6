using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Components;
using ParkShare.Core.Geometry;
using ParkShare.Core.Lots;
using ParkShare.Core.Parking;
using ParkShare.Web.Lots;

namespace ParkShare.Web.Wayfinding;

public sealed partial class StaticLevelMap
{
    [Parameter, EditorRequired]
    public LevelMap Level { get; set; } = default!;

    /// <summary>Live states in the order of <see cref="LevelMap.Spaces"/>; null draws the plan alone.</summary>
    [Parameter]
    public IReadOnlyList<SpaceStateKind>? States { get; set; }

    [Parameter]
    public SpaceEntry? Highlight { get; set; }

    /// <summary>Route legs on this level, in lot-local metres.</summary>
    [Parameter]
    public IReadOnlyList<IReadOnlyList<Point2>> RouteLegs { get; set; } = [];

    /// <summary>The part of the level in view (a zone, the route); the whole level when null.</summary>
    [Parameter]
    public Envelope2? Focus { get; set; }

    [Parameter]
    public Func<SpaceEntry, string>? SpaceLink { get; set; }

    [Parameter]
    public string? StatesUrl { get; set; }

    /// <summary>With script, a tap off the spaces goes here with <c>x</c> and <c>y</c> in lot-local metres appended.</summary>
    [Parameter]
    public string? TapUrl { get; set; }

    [Parameter]
    public string Label { get; set; } = string.Empty;

    /// <summary>Explains the pins, the route and each landmark glyph drawn on this level.</summary>
    [Parameter]
    public bool Legend { get; set; }

    /// <summary>On the whole level (no <see cref="Focus"/>), zones become the links (each zooms to its zone) and spaces are drawn only.</summary>
    [Parameter]
    public Func<ZoneEntry, string>? ZoneLink { get; set; }

    /// <summary>Draws at least this many screen pixels per metre (the map scrolls sideways): a 2.5 m space becomes a 44 px target.</summary>
    [Parameter]
    public double? PixelsPerMetre { get; set; }

    [Inject]
    private Microsoft.Extensions.Localization.IStringLocalizer<StaticLevelMap> L { get; set; } = default!;

    private bool ZonesTappable => ZoneLink is not null && Focus is null && Level.Zones.Count > 0;

    private bool Interactive => SpaceLink is not null || ZonesTappable;

    private bool Zoomed => PixelsPerMetre is not null && !ZonesTappable;

    private string? WidthStyle => Zoomed
        ? string.Create(CultureInfo.InvariantCulture, $"width:{Math.Ceiling(View.Width * PixelsPerMetre!.Value)}px;max-width:none")
        : null;

    /// <summary>The words m.js puts in a space's name when its state changes: "F:空闲|R:已预约|…".</summary>
    private string? StateNames => States is null ? null : string.Join('|', Enum.GetValues<SpaceStateKind>().Select(k => $"{(char)k}:{StateWord(k)}"));

    private string StateWord(SpaceStateKind kind) => L[$"SpaceState.{kind}"];

    /// <summary>A space link is announced with its state, not just its number, and starts with the number it shows: "17, B2-C-017 空闲".</summary>
    private string SpaceName(SpaceEntry space, int i) =>
        States is { } s && i < s.Count ? $"{Short(space)}, {space.Code} {StateWord(s[i])}" : $"{Short(space)}, {space.Code}";

    private string ZoneName(ZoneEntry zone)
    {
        var s = States ?? [];
        var free = 0;
        for (var i = 0; i < Level.Spaces.Count && i < s.Count; i++)
        {
            if (Level.Spaces[i].Zone?.Id == zone.Id && s[i] == SpaceStateKind.Free)
            {
                free++;
            }
        }

        return L[Localization.Plural.Key("M.Map.ZoneLink", free), zone.Name, free];
    }

    /// <summary>The kinds that get their own colour (EV, accessible) among the spaces in view, for the legend.</summary>
    private IEnumerable<SpaceKind> KindsShown =>
        Level.Spaces.Where(InView).Select(x => x.Kind).Where(k => k is SpaceKind.Ev or SpaceKind.Accessible).Distinct().Order();

    private Envelope2 View => (Focus ?? Level.Outline.Envelope).ExpandBy(2);

    /// <summary>A number is shown only when all of it is inside the crop (m.css hides the others): a space cut by the edge keeps its outline, not half a number.</summary>
    private bool LabelFits(SpaceEntry space)
    {
        var text = Short(space);
        var halfWidth = (0.33 * text.Length) + 0.1;
        var c = space.Centroid;
        var v = View;
        return c.X - halfWidth >= v.MinX && c.X + halfWidth <= v.MaxX && c.Y - 0.6 >= v.MinY && c.Y + 0.6 <= v.MaxY;
    }

    private double Top => Level.Outline.Envelope.MaxY;

    private string ViewBox
    {
        get
        {
            var e = View;
            return string.Create(CultureInfo.InvariantCulture, $"{e.MinX:0.#} {Top - e.MaxY:0.#} {e.Width:0.#} {e.Height:0.#}");
        }
    }

    /// <summary>A zoomed map sends only the spaces in view (the page stays small on a weak connection).</summary>
    private bool InView(SpaceEntry space)
    {
        if (Focus is not { } f)
        {
            return true;
        }

        var e = space.Polygon.Envelope;
        var view = View;
        return e.MaxX >= view.MinX && e.MinX <= view.MaxX && e.MaxY >= view.MinY && e.MinY <= view.MaxY;
    }

    private double Sy(double y) => Top - y;

    private static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

    private string Points(IEnumerable<Point2> points)
    {
        var sb = new StringBuilder();
        foreach (var p in points)
        {
            if (sb.Length > 0)
            {
                sb.Append(' ');
            }

            sb.Append(F(p.X)).Append(',').Append(F(Sy(p.Y)));
        }

        return sb.ToString();
    }

    /// <summary>One letter per state, the same letters the states API sends (m.js swaps them in place).</summary>
    private string StateClass(int i) => States is { } s && i < s.Count ? ((char)s[i]).ToString() : "N";

    private static string KindClass(SpaceEntry s) => s.Kind switch
    {
        SpaceKind.Ev => " ev",
        SpaceKind.Accessible => " ac",
        _ => string.Empty,
    };

    private static string Short(SpaceEntry s) => s.Number is { } n ? n.ToString(CultureInfo.InvariantCulture) : s.Label;

    private static string Glyph(LandmarkKind kind) => LandmarkGlyph.For(kind);
}
