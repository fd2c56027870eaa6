using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using ParkShare.Core.Lots;
using ParkShare.Core.Lots.Markers;
using ParkShare.Web.Api;
using ParkShare.Web.Hosting;
using ParkShare.Web.Staff;

namespace ParkShare.Web.Lots.Markers;

/// <summary>Marker QR sheets of a lot for printing: one A4 page as PNG, or all pages as PDF (console sign-in cookie).</summary>
public static class ConsoleMarkersApi
{
    public static IEndpointRouteBuilder MapConsoleMarkersApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/console/lots/{lotId:guid}").WithTag("Console", "Lot staff: GeoJSON import and export, markers and floor plans (console sign-in cookie).").RequireAuthorization().ExcludeFromDescription();
        group.MapGet("/markers.png", PngAsync);
        group.MapGet("/markers.pdf", PdfAsync);
        return app;
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> PngAsync(
        Guid lotId, Guid? level, int? page, ClaimsPrincipal user, LotAccess access, LotMapCache maps,
        MarkerSheetRenderer renderer, IOptions<PublicSiteOptions> site, ApiProblems problems, CancellationToken cancellationToken)
    {
        var labels = await LabelsAsync(lotId, level, user, access, maps, cancellationToken);
        if (labels is null)
        {
            return problems.Problem(StatusCodes.Status404NotFound, "lot_not_found");
        }

        if (page is { } p && (p < 1 || p > MarkerSheetRenderer.PageCount(labels.Count)))
        {
            return problems.Problem(StatusCodes.Status404NotFound, "marker_page_not_found");
        }

        return TypedResults.File(renderer.RenderPng(labels, lotId, site.Value.PublicBaseUrl, page ?? 1), "image/png", $"markers-{page ?? 1}.png");
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> PdfAsync(
        Guid lotId, Guid? level, ClaimsPrincipal user, LotAccess access, LotMapCache maps,
        MarkerSheetRenderer renderer, IOptions<PublicSiteOptions> site, ApiProblems problems, CancellationToken cancellationToken)
    {
        var labels = await LabelsAsync(lotId, level, user, access, maps, cancellationToken);
        return labels is null
            ? problems.Problem(StatusCodes.Status404NotFound, "lot_not_found")
            : TypedResults.File(renderer.RenderPdf(labels, lotId, site.Value.PublicBaseUrl, "ParkShare markers"), "application/pdf", "markers.pdf");
    }

    private static async Task<IReadOnlyList<MarkerLabel>?> LabelsAsync(
        Guid lotId, Guid? level, ClaimsPrincipal user, LotAccess access, LotMapCache maps, CancellationToken cancellationToken)
    {
        var map = await access.CanSeeAsync(user, lotId, cancellationToken) ? await maps.GetAsync(lotId, cancellationToken) : null;
        if (map is null || (level is { } id && map.Levels.All(l => l.Id != id)))
        {
            return null;
        }

        return MarkerSheet.Labels(map, level);
    }
}
