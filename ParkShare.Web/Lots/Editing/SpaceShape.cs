using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;
using ParkShare.Core.Lots.Editing;

namespace ParkShare.Web.Lots.Editing;

/// <summary>
/// The SVG markup of one space, built once per <see cref="SpaceDraft"/> instance (drafts are immutable).
/// The space layer hands the browser these strings as markup rather than as render-tree elements: 2,000
/// spaces are then parsed natively instead of being built node by node, and a redraw compares strings.
/// A space is one element: its number is an attribute that editor.js draws only at a zoom where it can be
/// read (a group and a text per space tripled what the browser styles and lays out when a level opens).
/// Codes and labels are operators' text, so every value is HTML-encoded.
/// </summary>
public sealed class SpaceShape
{
    private static readonly ConditionalWeakTable<SpaceDraft, SpaceShape> Shapes = [];

    private SpaceShape(SpaceDraft space)
    {
        var centre = space.Polygon.Centroid;
        var kind = space.Kind.ToString().ToLowerInvariant();
        var label = space.Number?.ToString(CultureInfo.InvariantCulture) ?? space.Label;
        var rest = $"\" data-id=\"{space.Id}\" data-code=\"{Encode(space.Code)}\" data-label=\"{Encode(label)}\""
            + $" data-lx=\"{SvgPath.Number(centre.X)}\" data-ly=\"{SvgPath.Number(-centre.Y + 0.4)}\" d=\"{SvgPath.Of(space.Polygon)}\"></path>";
        Markup = $"<path class=\"sp kind-{kind}" + rest;
        SelectedMarkup = $"<path class=\"sp kind-{kind} sel" + rest;
    }

    public string Markup { get; }

    public string SelectedMarkup { get; }

    public static SpaceShape Of(SpaceDraft space) => Shapes.GetValue(space, s => new SpaceShape(s));

    /// <summary>Builds the markup of every space ahead of the first render (see <c>LevelEditPrefetch</c>).</summary>
    public static void Warm(IEnumerable<SpaceDraft> spaces)
    {
        foreach (var space in spaces)
        {
            Of(space);
        }
    }

    private static string Encode(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);
}
