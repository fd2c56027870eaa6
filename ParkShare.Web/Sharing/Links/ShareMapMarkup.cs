using System.Collections.Concurrent;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using ParkShare.Core.Geometry;
using ParkShare.Core.Lots;
using ParkShare.Web.Wayfinding;

namespace ParkShare.Web.Sharing.Links;

/// <summary>
/// The level maps of a parked car (space highlighted, walking route on each level), rendered once per lot version,
/// space and language and kept as markup: drawing a few hundred spaces is most of the page's work,
/// and a busy link shows the same maps on every view.
/// </summary>
public sealed class ShareMapMarkup(IServiceScopeFactory scopes, ILoggerFactory loggers)
{
    private const int MaxEntries = 2_000;
    private readonly ConcurrentDictionary<(Guid Lot, int Version, Guid Space, string Language), Task<MarkupString>> _cache = new();

    public Task<MarkupString> ForAsync(LotMap map, SpaceEntry space, Core.Wayfinding.Route? route, string language, Func<string, string> label)
    {
        if (_cache.Count >= MaxEntries)
        {
            _cache.Clear();
        }

        return _cache.GetOrAdd((map.LotId, map.Version, space.Id, language), _ => RenderAsync(map, space, route, label));
    }

    private async Task<MarkupString> RenderAsync(LotMap map, SpaceEntry space, Core.Wayfinding.Route? route, Func<string, string> label)
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, loggers);
        var html = new System.Text.StringBuilder();
        var legs = route?.Legs.Where(l => map.Level(l.LevelId) is not null).ToList() ?? [];
        foreach (var leg in legs)
        {
            var level = map.Level(leg.LevelId)!;
            html.Append("<h3>").Append(System.Net.WebUtility.HtmlEncode(level.Name)).Append("</h3>");
            var drawn = level.Id == space.Level.Id ? RouteEnd.AtEdge(leg.Points, space.Polygon.Envelope) : leg.Points;
            html.Append(await RenderMapAsync(renderer, level, space, [drawn], FocusOf(leg.Points, space, level), label(level.Name)));
        }

        if (legs.Count == 0)
        {
            html.Append(await RenderMapAsync(renderer, space.Level, space, [], space.Polygon.Envelope.ExpandBy(25), label(space.Level.Name)));
        }

        return new MarkupString(html.ToString());
    }

    private static Task<string> RenderMapAsync(
        HtmlRenderer renderer, LevelMap level, SpaceEntry space, IReadOnlyList<IReadOnlyList<Point2>> legs, Envelope2 focus, string label) =>
        renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<StaticLevelMap>(ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(StaticLevelMap.Level)] = level,
                [nameof(StaticLevelMap.Highlight)] = space,
                [nameof(StaticLevelMap.RouteLegs)] = legs,
                [nameof(StaticLevelMap.Focus)] = focus,
                [nameof(StaticLevelMap.Label)] = label,
                [nameof(StaticLevelMap.Legend)] = true,
            }));
            return output.ToHtmlString();
        });

    private static Envelope2 FocusOf(IReadOnlyList<Point2> points, SpaceEntry space, LevelMap level)
    {
        var e = new Envelope2(points.Min(p => p.X), points.Min(p => p.Y), points.Max(p => p.X), points.Max(p => p.Y));
        return (space.Level.Id == level.Id ? e.Union(space.Polygon.Envelope) : e).ExpandBy(6);
    }
}
