using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using ParkShare.Core.Lots.Exchange;
using ParkShare.Core.Staff;
using ParkShare.Web.Api;
using ParkShare.Web.Lots.Editing;
using ParkShare.Web.Staff;

namespace ParkShare.Web.Lots.Exchange;

/// <summary>
/// GeoJSON export and import of lots for console staff (sign-in cookie; writes also need the
/// <see cref="LotGeoJsonUpload.CsrfHeader"/> header, which another site's form cannot send). A lot the user
/// may not edit answers 404; only an Admin creates lots.
/// </summary>
public static class LotExchangeApi
{
    public static IEndpointRouteBuilder MapLotExchangeApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/console/lots").WithTag("Console", "Lot staff: GeoJSON import and export, markers and floor plans (console sign-in cookie).")
            .RequireAuthorization(p => p.AddAuthenticationSchemes(IdentityConstants.ApplicationScheme).RequireRole(ConsoleRoles.Admin, ConsoleRoles.Operator))
            .DisableAntiforgery();
        group.MapGet("/{lotId}/geojson", ExportAsync).WithName("ExportLotGeoJson")
            .Produces(StatusCodes.Status200OK, contentType: LotGeoJson.MediaType)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/geojson", CreateAsync).WithName("ImportLotGeoJson")
            .Accepts<object>(LotGeoJson.MediaType, "application/json")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        group.MapPost("/{lotId}/geojson", ReplaceAsync).WithName("ReplaceLotGeoJson")
            .Accepts<object>(LotGeoJson.MediaType, "application/json")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return app;
    }

    public static async Task<Results<PushStreamHttpResult, ProblemHttpResult>> ExportAsync(
        string lotId, ClaimsPrincipal user, LotAccess access, LotImporter importer, ApiProblems problems, CancellationToken cancellationToken)
    {
        var lot = Guid.TryParse(lotId, out var id) && await access.CanEditAsync(user, id, cancellationToken)
            ? await importer.LoadAsync(id, cancellationToken)
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
        string lotId, bool? preview, HttpContext context, ClaimsPrincipal user, LotAccess access, LotEditing editing, LotImporter importer,
        ApiProblems problems, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(lotId, out var id) || !await access.CanEditAsync(user, id, cancellationToken))
        {
            return problems.Problem(StatusCodes.Status404NotFound, "lot_not_found");
        }

        var (document, invalid, problem) = await LotGeoJsonUpload.ReadAsync(context.Request, problems, cancellationToken);
        if (document is null)
        {
            return invalid is null ? problem! : invalid;
        }

        var result = preview is false
            ? await importer.ReplaceAsync(await editing.ActorAsync(user, cancellationToken), id, document, cancellationToken)
            : await importer.PreviewAsync(id, document, cancellationToken);
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
