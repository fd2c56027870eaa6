using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.AspNetCore.Components;
using ParkShare.Core.Lots;

namespace ParkShare.Web.Lots;

/// <summary>
/// A level's fixed space geometry (polygon and number) as markup, built once per <see cref="LevelMap"/> (the lot map
/// cache shares one per process) and reused by every console's map. As elements and attributes each open map kept
/// about ten render-tree frames and four new strings a space, twice over (current and previous render), in its circuit.
/// </summary>
public static class LevelMapMarkup
{
    private static readonly ConditionalWeakTable<LevelMap, Dictionary<Guid, MarkupString>> Cache = [];
    private static readonly ConditionalWeakTable<LevelMap, LevelExtras> Extras = [];

    /// <summary>The space's polygon (filled in its zone's colour) and its short number, as the map draws them.</summary>
    public static MarkupString Space(LevelMap level, SpaceEntry space) =>
        Cache.GetValue(level, Build).TryGetValue(space.Id, out var markup) ? markup : new MarkupString(Render(level, space));

    /// <summary>Every walkway of the level as lines (they never change while the level does not).</summary>
    public static MarkupString Walkways(LevelMap level) => Extras.GetValue(level, BuildExtras).Walkways;

    /// <summary>The landmark's circle and glyph, drawn at its <c>translate</c>.</summary>
    public static MarkupString Landmark(LandmarkEntry landmark) =>
        new(landmark.Kind == LandmarkKind.Pillar ? PillarShape : $"<circle r=\"1.6\"></circle><text y=\"0.6\">{WebUtility.HtmlEncode(LandmarkGlyph.For(landmark.Kind))}</text>");

    /// <summary>
    /// "code · kind · state" in the request's language, one shared string per space, state and language
    /// (the localizer's strings do not change while the process runs).
    /// </summary>
    public static string Title(LevelMap level, SpaceEntry space, Core.Parking.SpaceStateKind state, Func<string> build) =>
        Extras.GetValue(level, BuildExtras).Titles.GetOrAdd((space.Id, state, CultureInfo.CurrentUICulture.Name), _ => build());

    private static readonly string PillarShape = $"<circle r=\"0.45\"></circle><text y=\"0.6\">{WebUtility.HtmlEncode(LandmarkGlyph.For(LandmarkKind.Pillar))}</text>";

    private static LevelExtras BuildExtras(LevelMap level)
    {
        var top = level.Outline.Envelope.MaxY;
        var sb = new StringBuilder();
        foreach (var (from, to) in level.Walkways)
        {
            sb.Append("<line class=\"walkway\" x1=\"").Append(F(from.X)).Append("\" y1=\"").Append(F(top - from.Y))
                .Append("\" x2=\"").Append(F(to.X)).Append("\" y2=\"").Append(F(top - to.Y)).Append("\"></line>");
        }

        return new LevelExtras(new MarkupString(sb.ToString()), new System.Collections.Concurrent.ConcurrentDictionary<(Guid, Core.Parking.SpaceStateKind, string), string>());
    }

    private sealed record LevelExtras(MarkupString Walkways, System.Collections.Concurrent.ConcurrentDictionary<(Guid, Core.Parking.SpaceStateKind, string), string> Titles);

    private static Dictionary<Guid, MarkupString> Build(LevelMap level) =>
        level.Spaces.ToDictionary(s => s.Id, s => new MarkupString(Render(level, s)));

    private static string Render(LevelMap level, SpaceEntry space)
    {
        var top = level.Outline.Envelope.MaxY;
        var sb = new StringBuilder("<polygon points=\"");
        var first = true;
        foreach (var p in space.Polygon.Points)
        {
            sb.Append(first ? string.Empty : " ").Append(F(p.X)).Append(',').Append(F(top - p.Y));
            first = false;
        }

        sb.Append("\" style=\"fill:").Append(WebUtility.HtmlEncode(space.Zone?.Color ?? "#888")).Append("\"></polygon>")
            .Append("<text x=\"").Append(F(space.Centroid.X)).Append("\" y=\"").Append(F(top - space.Centroid.Y + 0.45)).Append("\">")
            .Append(WebUtility.HtmlEncode(space.Number is { } n ? n.ToString(CultureInfo.InvariantCulture) : space.Label))
            .Append("</text>");
        return sb.ToString();
    }

    private static string F(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
}
