using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Net.Http.Headers;
using ParkShare.Core.Lots.FloorPlans;
using ParkShare.Core.Staff;
using ParkShare.Web.Api;
using ParkShare.Web.Staff;

namespace ParkShare.Web.Lots.FloorPlans;

/// <summary>
/// A level's floor-plan image for the console editor (sign-in cookie; staff who may see the lot, others get 404).
/// The address carries <c>?v=</c> the content hash, so that exact address may be cached for good; the
/// ETag is the same hash, so a revalidation without it answers 304.
/// </summary>
public static class ConsoleFloorPlansApi
{
    public const string ImmutableCacheControl = "private, max-age=31536000, immutable";
    public const string RevalidateCacheControl = "private, no-cache";

    public static IEndpointRouteBuilder MapConsoleFloorPlansApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/console/levels").WithTag("Console", "Lot staff: GeoJSON import and export, markers and floor plans (console sign-in cookie).")
            .RequireAuthorization(p => p.AddAuthenticationSchemes(IdentityConstants.ApplicationScheme).RequireRole(ConsoleRoles.Admin, ConsoleRoles.Operator))
            .ExcludeFromDescription();
        group.MapGet("/{levelId:guid}/floorplan", GetAsync).WithName("GetFloorPlan");
        group.MapMalformedId("GET /{levelId}/floorplan", "floor_plan_not_found");
        return app;
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetAsync(
        Guid levelId, string? v, HttpContext context, ClaimsPrincipal user, LotAccess access, FloorPlanService plans,
        ApiProblems problems, CancellationToken cancellationToken)
    {
        var content = await plans.ContentAsync(levelId, cancellationToken);
        if (content is null || !await access.CanSeeAsync(user, content.LotId, cancellationToken))
        {
            return problems.Problem(StatusCodes.Status404NotFound, "floor_plan_not_found");
        }

        context.Response.Headers.CacheControl = v == content.ContentHash ? ImmutableCacheControl : RevalidateCacheControl;
        return TypedResults.File(
            content.Bytes,
            content.ContentType,
            lastModified: new DateTimeOffset(DateTime.SpecifyKind(content.UploadedAtUtc, DateTimeKind.Utc)),
            entityTag: new EntityTagHeaderValue($"\"{content.ContentHash}\""));
    }

    /// <summary>The image's address for the editor; it changes with every upload.</summary>
    public static string UrlFor(FloorPlanInfo plan) => $"/api/console/levels/{plan.LevelId}/floorplan?v={plan.ContentHash}";
}
