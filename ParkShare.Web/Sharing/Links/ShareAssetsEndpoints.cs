using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using ParkShare.Core.Lots;
using ParkShare.Web.Api;
using ParkShare.Web.Hosting;
using ParkShare.Web.Parking;

namespace ParkShare.Web.Sharing.Links;

/// <summary>
/// A share link's QR code (PNG, SVG), its poster and the car's photo follow the page's own visit
/// decision (no view counted): 404 unknown, 410 finished or used up, 429 limits. While the page asks
/// for a PIN or is locked, the QR (which holds only the link) still answers, the poster shows no
/// lot, level or space, and the photo is refused with 403. Anything added under /s/{token}/ must
/// go through <see cref="OpenAsync"/> the same way.
/// </summary>
public static class ShareAssetsEndpoints
{
    /// <summary>The query parameter of a PIN link's photo URL in the mini-program's share view (a protected proof, minutes long).</summary>
    public const string PinProofParameter = "proof";

    /// <summary>How long a photo URL handed to the mini-program after the right PIN keeps working.</summary>
    public static readonly TimeSpan PinProofLifetime = TimeSpan.FromMinutes(30);

    public static IEndpointRouteBuilder MapShareAssets(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/s/{token}").ExcludeFromDescription().AllowAnonymous();
        group.MapGet("/qr.png", QrPngAsync);
        group.MapGet("/qr.svg", QrSvgAsync);
        group.MapGet("/poster.png", PosterAsync);
        group.MapGet("/photo", PhotoAsync);
        return app;
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> QrPngAsync(
        string token, HttpContext context, ShareVisitor visitor, ShareQrCodes qr, IOptions<PublicSiteOptions> site, ApiProblems problems)
    {
        var (decision, problem) = await OpenAsync(token, context, visitor, problems);
        return decision is null ? problem! : TypedResults.File(qr.RenderPng(site.Value.SharePage(token)), "image/png");
    }

    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> QrSvgAsync(
        string token, HttpContext context, ShareVisitor visitor, ShareQrCodes qr, IOptions<PublicSiteOptions> site, ApiProblems problems)
    {
        var (decision, problem) = await OpenAsync(token, context, visitor, problems);
        return decision is null ? problem! : TypedResults.Content(qr.RenderSvg(site.Value.SharePage(token)), "image/svg+xml");
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> PosterAsync(
        string token, HttpContext context, ShareVisitor visitor, ShareRateLimits limits, SharePoster poster, LotMapCache maps,
        IOptions<PublicSiteOptions> site, IStringLocalizer<SharePoster> text, ApiProblems problems)
    {
        var (decision, problem) = await OpenAsync(token, context, visitor, problems);
        if (decision?.Target is not { } target)
        {
            return problem!;
        }

        // Drawing a poster is the costliest answer here: it counts against the link's views per minute.
        if (!limits.MayView(target.Link.Id))
        {
            context.Response.Headers.RetryAfter = ((int)ShareRateLimits.RetryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            return problems.Problem(StatusCodes.Status429TooManyRequests, "rate_limited");
        }

        var map = await maps.GetAsync(target.Record.LotId, context.RequestAborted);
        var zone = LotTime.Zone(map?.TimeZoneId ?? "UTC");
        if (decision.View != SharePageView.Car)
        {
            // Behind a PIN or a lock: the link and its end, nothing about the car or the lot.
            return TypedResults.File(poster.RenderPng(new PosterContent(
                " ", " ", " ", null, " ", text["S.Poster.Guarded"],
                text["S.Poster.Until", LotTime.Format(target.Link.ExpiresAtUtc, zone, "yyyy-MM-dd HH:mm")], site.Value.SharePage(token))), "image/png");
        }

        var content = new PosterContent(
            map?.Name ?? string.Empty, map?.Address ?? string.Empty, target.Record.LevelName,
            map?.Space(target.Record.SpaceId)?.Zone?.Name ?? target.Record.ZoneCode, target.Record.SpaceCode,
            text["S.Poster.Scan"], text["S.Poster.Until", LotTime.Format(target.Link.ExpiresAtUtc, zone, "yyyy-MM-dd HH:mm")], site.Value.SharePage(token));
        return TypedResults.File(poster.RenderPng(content), "image/png");
    }

    public static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> PhotoAsync(
        string token, HttpContext context, ShareVisitor visitor, SharePinCookie pins, PhotoStore photos, ApiProblems problems)
    {
        var (decision, problem) = await OpenAsync(token, context, visitor, problems);
        if (decision?.Target is not { } target)
        {
            return problem!;
        }

        // The mini-program cannot send the PIN cookie with an image: its share view hands out a short-lived PIN proof in the photo's query.
        var pinProven = decision.View == SharePageView.Pin && pins.ProvesValue(context.Request.Query[PinProofParameter], target.Link.Id);
        if (decision.View != SharePageView.Car && !pinProven)
        {
            return problems.Problem(StatusCodes.Status403Forbidden, decision.View == SharePageView.Pin ? "share_pin_required" : "share_locked");
        }

        var allowed = target.Link.ShowPhoto && target.Record.HasPhoto;
        return allowed && photos.OpenRead(target.Record.Id) is { } file
            ? TypedResults.Stream(file, "image/jpeg")
            : problems.Problem(StatusCodes.Status404NotFound, "photo_not_found");
    }

    /// <summary>The page's own visit decision (no view counted); null with the problem when the link does not work.</summary>
    private static async Task<(ShareDecision? Decision, ProblemHttpResult? Problem)> OpenAsync(string token, HttpContext context, ShareVisitor visitor, ApiProblems problems)
    {
        var decision = await visitor.DecideAsync(context, token, countsAsView: false);
        return decision.View switch
        {
            SharePageView.NotFound => (null, problems.Problem(StatusCodes.Status404NotFound, "share_not_found")),
            SharePageView.TooMany => (null, problems.Problem(StatusCodes.Status429TooManyRequests, "rate_limited")),
            SharePageView.Gone => (null, problems.Problem(StatusCodes.Status410Gone, "share_gone")),
            _ => (decision, null),
        };
    }
}
