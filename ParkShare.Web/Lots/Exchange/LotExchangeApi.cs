using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using ParkShare.Core.Lots.Exchange;
using ParkShare.Core.Staff;
using ParkShare.Web.Api;
using ParkShare.Web.Lots.Editing;
using ParkShare.Web.Staff;
using static ParkShare.Web.Api.CommonProblems;

namespace ParkShare.Web.Lots.Exchange;

/// <summary>
/// GeoJSON export and import of lots for console staff (sign-in cookie; writes also need the
/// <see cref="LotGeoJsonUpload.CsrfHeader"/> header, which another site's form cannot send). A lot the user
/// may not edit answers 404; only an Admin creates lots.
/// </summary>
public static class LotExchangeApi
{
    private static readonly (int Status, string Code) GeoJsonInvalid = (400, "geojson_invalid");
    private static readonly (int Status, string Code) CsrfMissing = (400, "csrf_header_required");
    private static readonly (int Status, string Code) GeoJsonTooLarge = (413, "geojson_too_large");

    public static IEndpointRouteBuilder MapLotExchangeApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/console/lots").WithTag("Console", "Lot staff: GeoJSON import and export, markers and floor plans (console sign-in cookie).")
            .RequireAuthorization(p => p.AddAuthenticationSchemes(IdentityConstants.ApplicationScheme).RequireRole(ConsoleRoles.Admin, ConsoleRoles.Operator))
            .DisableAntiforgery();
        group.MapGet("/{lotId:guid}/geojson", ExportAsync).WithName("ExportLotGeoJson")
            .WithSummary("Export a lot as GeoJSON")
            .WithDescription(
                "Console sign-in (an Admin, or an Operator assigned to the lot). A FeatureCollection in the spirit of Apple IMDF: venue, level, section (zone), "
                + "unit (space), opening, amenity and fixture (landmarks, pillars with marker codes), footpath_node, footpath and relationship (vertical connectors), "
                + "each with its id. Coordinates are WGS84 [lng, lat] when the lot is georeferenced (`parkshare:crs` = `wgs84`), else lot-local metres.")
            .WithExamples(response: LotExchangeExamples.GeoJson)
            .ProducesProblems(ConsoleSignedOut, (404, "lot_not_found"))
            .Produces(StatusCodes.Status200OK, contentType: LotGeoJson.MediaType)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/geojson", CreateAsync).WithName("ImportLotGeoJson")
            .WithSummary("Import a GeoJSON file as a new lot")
            .WithDescription(
                "Admins only; send the `X-ParkShare-Csrf` header. The file (at most 20 MB, 100 000 features) is checked whole: every problem names the feature "
                + "(`features[i]`: type, id and what is wrong). Nothing is written unless the whole file is valid; the new lot gets new ids.")
            .WithExamples(response: LotExchangeExamples.Imported, request: LotExchangeExamples.GeoJson)
            .ProducesProblems(GeoJsonInvalid, CsrfMissing, ConsoleSignedOut, (403, "admin_required"), GeoJsonTooLarge, NotJson)
            .Accepts<object>(LotGeoJson.MediaType, "application/json")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        group.MapPost("/{lotId:guid}/geojson", ReplaceAsync).WithName("ReplaceLotGeoJson")
            .WithSummary("Replace a lot from a GeoJSON file")
            .WithDescription(
                "`preview=true` (the default) says what a replace would add, change and remove per kind and which spaces in use (live reservations, parked cars) "
                + "would disappear, writing nothing; `preview=false` replaces the lot's levels and connectors in one transaction, keeping the ids of the elements "
                + "the file shares with the lot (by id, then levels by name, zones and spaces by code), and records it in the lot history.")
            .WithExamples(response: LotExchangeExamples.Replace, request: LotExchangeExamples.GeoJson)
            .ProducesProblems(GeoJsonInvalid, CsrfMissing, ConsoleSignedOut, (404, "lot_not_found"), (409, "lot_spaces_in_use"), GeoJsonTooLarge, NotJson)
            .Accepts<object>(LotGeoJson.MediaType, "application/json")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        group.MapMalformedId("GET /{lotId}/geojson", "lot_not_found");
        group.MapMalformedId("POST /{lotId}/geojson", "lot_not_found").Accepts<object>(LotGeoJson.MediaType, "application/json");
        return app;
    }

    public static async Task<Results<PushStreamHttpResult, ProblemHttpResult>> ExportAsync(
        Guid lotId, ClaimsPrincipal user, LotAccess access, LotImporter importer, ApiProblems problems, CancellationToken cancellationToken)
    {
        var lot = await access.CanEditAsync(user, lotId, cancellationToken)
            ? await importer.LoadAsync(lotId, cancellationToken)
            : null;
        if (lot is null)
        {
            return problems.Problem(StatusCodes.Status404NotFound, "lot_not_found");
        }

        return TypedResults.Stream(
            stream => LotGeoJsonExporter.WriteAsync(lot, stream, cancellationToken),
            LotGeoJson.MediaType,
            $"lot-{lot.Id:N}.geojson");
    }

    public static async Task<Results<Created<LotImportedDto>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        HttpContext context, ClaimsPrincipal user, LotEditing editing, LotImporter importer, ApiProblems problems, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(ConsoleRoles.Admin))
        {
            return problems.Problem(StatusCodes.Status403Forbidden, "admin_required");
        }

        var (document, invalid, problem) = await LotGeoJsonUpload.ReadAsync(context.Request, problems, cancellationToken);
        if (document is null)
        {
            return invalid is null ? problem! : invalid;
        }

        var outcome = await importer.CreateAsync(await editing.ActorAsync(user, cancellationToken), document, cancellationToken);
        var lot = document.Lot;
        return TypedResults.Created($"/console/lots/{lot.Id}", new LotImportedDto(lot.Id.ToString(), lot.Name, lot.Levels.Count, lot.Levels.Sum(l => l.Spaces.Count), outcome.Summary));
    }

    public static async Task<Results<Ok<LotReplaceDto>, ValidationProblem, ProblemHttpResult>> ReplaceAsync(
        Guid lotId, bool? preview, HttpContext context, ClaimsPrincipal user, LotAccess access, LotEditing editing, LotImporter importer,
        ApiProblems problems, CancellationToken cancellationToken)
    {
        if (!await access.CanEditAsync(user, lotId, cancellationToken))
        {
            return problems.Problem(StatusCodes.Status404NotFound, "lot_not_found");
        }

        var (document, invalid, problem) = await LotGeoJsonUpload.ReadAsync(context.Request, problems, cancellationToken);
        if (document is null)
        {
            return invalid is null ? problem! : invalid;
        }

        var result = preview is false
            ? await importer.ReplaceAsync(await editing.ActorAsync(user, cancellationToken), lotId, document, cancellationToken)
            : await importer.PreviewAsync(lotId, document, cancellationToken);
        if (result is null)
        {
            return problems.Problem(StatusCodes.Status404NotFound, "lot_not_found");
        }

        if (result.Status == LotReplaceStatus.SpacesInUse && preview is false)
        {
            return problems.Problem(StatusCodes.Status409Conflict, "lot_spaces_in_use", string.Join(", ", result.SpacesInUse));
        }

        return TypedResults.Ok(LotReplaceDto.From(result));
    }
}
