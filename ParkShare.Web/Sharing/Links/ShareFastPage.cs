using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using ParkShare.Core.Lots;
using ParkShare.Core.Refinement;
using ParkShare.Core.WeChat;
using ParkShare.Web.Localization;
using ParkShare.Web.Refinement;

namespace ParkShare.Web.Sharing.Links;

/// <summary>
/// The share page's hot path: a GET of a working link is written straight to the response (the
/// same markup the Blazor page renders, maps from <see cref="ShareMapMarkup"/>), because a
/// server-rendered component costs several times more per view. Every other case (unknown,
/// finished, locked, PIN, too many, and all POSTs) goes on to the Blazor page.
/// </summary>
public sealed class ShareFastPage(RequestDelegate next)
{
    private const int MaxCachedPages = 500; // about 40 kB each
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    // A link's page is the same for every view while every input in SharePageKey stays the same (the
    // "picked up" form lives on its own page, so there is no per-request token in it): kept as UTF-8
    // and gzip, which most phones accept. The link and record are read fresh for every request.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<SharePageKey, (byte[] Plain, byte[] Gzip)> Pages = new();

    public async Task InvokeAsync(HttpContext context, ShareVisitor visitor)
    {
        if (!HttpMethods.IsGet(context.Request.Method) || !context.Request.Path.StartsWithSegments("/s", out var rest)
            || rest.Value is not { Length: > 1 } tail || tail.IndexOf('/', 1) >= 0)
        {
            await next(context);
            return;
        }

        var token = tail[1..];
        var decision = await visitor.DecideAsync(context, token);
        var services = context.RequestServices;
        if (decision.View == SharePageView.Gone)
        {
            // A finished link answers as fast as a working one (and without a Blazor render to hammer).
            await WriteGoneAsync(context, token, decision.State, services);
            return;
        }

        var map = decision is { View: SharePageView.Car, Target: { } t } ? await services.GetRequiredService<LotMapCache>().GetAsync(t.Record.LotId, context.RequestAborted) : null;
        if (map?.Space(decision.Target!.Record.SpaceId) is not { } space)
        {
            await next(context);
            return;
        }

        var language = JsonStringLocalizer.LanguageOf(System.Globalization.CultureInfo.CurrentUICulture);
        var sandbox = services.GetRequiredService<IOptions<WeChatOptions>>().Value.IsSandbox;
        var key = SharePageKey.Of(token, decision.Target, map.Version, language, sandbox);
        if (!Pages.TryGetValue(key, out var page))
        {
            var text = services.GetRequiredService<IStringLocalizer<SharePage>>();
            var position = services.GetRequiredService<PositionRefiner>().Describe(map, space, decision.Target.Record.ResolvedBy);
            var maps = await services.GetRequiredService<ShareMapMarkup>().ForAsync(map, space, position.Route, language, name => text["M.Level.MapLabel", name]);
            var html = Write(token, decision.Target, map, position, maps.Value, sandbox, language, text, services.GetRequiredService<RouteStepFormatter>());
            var plain = Encoding.UTF8.GetBytes(html);
            using var gzip = new MemoryStream();
            using (var zip = new System.IO.Compression.GZipStream(gzip, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
            {
                zip.Write(plain);
            }

            page = (plain, gzip.ToArray());
            if (Pages.Count >= MaxCachedPages)
            {
                Pages.Clear();
            }

            Pages[key] = page;
        }

        var gzipped = context.Request.Headers.AcceptEncoding.ToString().Contains("gzip", StringComparison.OrdinalIgnoreCase);
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.Vary = "Accept-Encoding";
        if (gzipped)
        {
            context.Response.Headers.ContentEncoding = "gzip";
        }

        var body = gzipped ? page.Gzip : page.Plain;
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }

    private static string Write(
        string token, Core.Sharing.Links.ShareTarget t, LotMap map, DetailedPosition p, string maps, bool sandbox, string language,
        IStringLocalizer text, RouteStepFormatter steps)
    {
        var zone = LotTime.Zone(map.TimeZoneId);
        var sb = new StringBuilder(maps.Length + 8192);
        AppendTop(sb, token, sandbox, language, text);
        sb.Append("<main class=\"m-main share\"><section class=\"card\" data-testid=\"share-car\" data-code=\"").Append(E(t.Record.SpaceCode)).Append("\">")
          .Append("<h1 class=\"big\" data-testid=\"share-space\">").Append(E(t.Record.SpaceCode)).Append("</h1>")
          .Append("<p class=\"level-zone\" data-testid=\"share-level\">").Append(E(text["S.LevelZone", t.Record.LevelName, p.Zone?.Name ?? t.Record.ZoneCode ?? "–"])).Append("</p>")
          .Append("<p class=\"muted\">").Append(E(map.Name)).Append(" · ").Append(E(map.Address)).Append("</p><dl>");
        Row(sb, text["S.Parked"], LotTime.Format(t.Record.ParkedAtUtc, zone));
        if (t.Record.Note is { } note)
        {
            Row(sb, text["S.Note"], note, "share-note");
        }

        if (t.Link.ShowPlate && t.Record.Plate is { } plate)
        {
            Row(sb, text["S.Plate"], plate);
        }

        if (p.NearestLandmark is { } landmark)
        {
            Row(sb, text["S.Nearest"], text["M.Car.NearestText", steps.LandmarkName(landmark.Kind, landmark.Name), Math.Round(p.NearestLandmarkDistance)]);
        }

        Row(sb, text["S.Until"], LotTime.Format(t.Link.ExpiresAtUtc, zone));
        sb.Append("</dl></section>");
        sb.Append(maps); // the map first, then the steps, then the apps that navigate
        if (p.Route is { } route)
        {
            sb.Append("<h2>").Append(E(text["M.Car.Route", Math.Round(route.DistanceMeters)])).Append("</h2><ol class=\"steps\" data-testid=\"share-steps\">");
            foreach (var step in route.Steps)
            {
                sb.Append("<li>").Append(E(steps.Format(step))).Append("</li>");
            }

            sb.Append("</ol>");
        }

        sb.Append("<nav class=\"actions wrap\" aria-label=\"").Append(E(text["S.Navigate"])).Append("\" data-testid=\"navigate\">");
        foreach (var (name, href) in ShareNavigation.Links(map, text))
        {
            sb.Append("<a class=\"btn\" href=\"").Append(E(href)).Append("\" rel=\"noreferrer\">").Append(E(name)).Append("</a>");
        }

        sb.Append("</nav>");
        if (t.Link.ShowPhoto && t.Record.HasPhoto)
        {
            sb.Append("<img class=\"photo\" src=\"s/").Append(token).Append("/photo\" alt=\"").Append(E(text["M.Car.Photo"])).Append("\">");
        }

        sb.Append("<section class=\"card stack\"><p>").Append(E(text["S.PickedUpHint"])).Append("</p><a class=\"btn wide primary\" href=\"s/").Append(token)
          .Append("/picked-up\" data-testid=\"share-picked-up\">").Append(E(text["S.PickedUp"])).Append("</a></section></main></body></html>");
        return sb.ToString();
    }

    private static void AppendTop(StringBuilder sb, string token, bool sandbox, string language, IStringLocalizer text)
    {
        var here = Uri.EscapeDataString($"/s/{token}");
        sb.Append("<!DOCTYPE html><html lang=\"").Append(language).Append("\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1.0, viewport-fit=cover\">")
          .Append("<meta name=\"theme-color\" content=\"#0b5cad\"><base href=\"/\"><link rel=\"stylesheet\" href=\"css/states.css\"><link rel=\"stylesheet\" href=\"css/m.css\"><link rel=\"icon\" type=\"image/svg+xml\" href=\"favicon.svg\">")
          .Append("<title>").Append(E(text["S.Title"])).Append("</title></head><body class=\"m\">");
        if (sandbox)
        {
            sb.Append("<div class=\"sandbox-banner\" role=\"status\" data-testid=\"sandbox-banner\">").Append(E(text["App.SandboxBanner"])).Append("</div>");
        }

        sb.Append("<header class=\"m-top\"><span class=\"m-brand\">🅿 ParkShare</span><nav class=\"lang-switch\" aria-label=\"").Append(E(text["Nav.Language"])).Append("\">")
          .Append("<a href=\"culture?culture=zh-CN&amp;redirectUri=").Append(here).Append("\" class=\"").Append(language == "zh-CN" ? "active" : "").Append("\" data-testid=\"lang-zh\" lang=\"zh-CN\">中文</a>")
          .Append("<a href=\"culture?culture=en&amp;redirectUri=").Append(here).Append("\" class=\"").Append(language == "en" ? "active" : "").Append("\" data-testid=\"lang-en\" lang=\"en\">English</a></nav></header>");
    }

    private static async Task WriteGoneAsync(HttpContext context, string token, Core.Sharing.Links.ShareLinkState state, IServiceProvider services)
    {
        var text = services.GetRequiredService<IStringLocalizer<SharePage>>();
        var sb = new StringBuilder(4096);
        AppendTop(sb, token, services.GetRequiredService<IOptions<WeChatOptions>>().Value.IsSandbox, JsonStringLocalizer.LanguageOf(System.Globalization.CultureInfo.CurrentUICulture), text);
        sb.Append("<main class=\"m-main share\"><h1 data-testid=\"share-gone\" data-state=\"").Append(state).Append("\">").Append(E(text[$"S.Gone.{state}"]))
          .Append("</h1><p>").Append(E(text["S.Gone.Text"])).Append("</p></main></body></html>");
        context.Response.StatusCode = StatusCodes.Status410Gone;
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(sb.ToString(), context.RequestAborted);
    }

    private static void Row(StringBuilder sb, string term, string value, string? testId = null)
    {
        sb.Append("<dt>").Append(E(term)).Append("</dt><dd");
        if (testId is not null)
        {
            sb.Append(" data-testid=\"").Append(testId).Append('"');
        }

        sb.Append('>').Append(E(value)).Append("</dd>");
    }

    private static string E(string value) => Html.Encode(value);
}
