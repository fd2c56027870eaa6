using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using ParkShare.Core.Lots;
using ParkShare.Core.Refinement;
using ParkShare.Core.Sharing.Links;
using ParkShare.Web.Api;
using ParkShare.Web.Hosting;
using ParkShare.Web.Refinement;
using static ParkShare.Web.Api.CommonProblems;

namespace ParkShare.Web.Sharing.Links;

/// <summary>
/// A friend's view of a share link inside the mini-program. The token (and PIN) travel in the body, never in a URL,
/// and the visit goes through the same <see cref="ShareVisitor"/> as /s/{token}: one view count, one PIN and lock rule.
/// </summary>
public static class ShareViewApi
{
    private const int MaxBody = 1024;

    public static IEndpointRouteBuilder MapShareViewApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/mp/share-view").WithTags("Sharing").AllowAnonymous().DisableAntiforgery();
        group.MapPost("/", ViewAsync).WithName("ViewShare").WithJsonBodyLimit(MaxBody)
            .WithSummary("A friend opens a share link")
            .WithDescription(
                "Anonymous. The token (a mini-program code's scene, or the end of a /s/ link) and the PIN travel in the body, never in a URL. The same visit "
                + "decision as /s/{token}: one view counted, the same view limit, PIN attempts and lockout. status \"pin\" asks for the PIN "
                + "(send it with the token again); status \"car\" carries the car. The photo (when the driver shows it) is offered once the car is: for a PIN link its URL carries a proof of the right PIN valid for 30 minutes.")
            .WithExamples(response: ShareViewExamples.Car, request: ShareViewExamples.Request)
            .ProducesProblems(
                Malformed, (400, "share_pin_invalid"), (403, "share_pin_wrong"), (403, "share_locked"), (404, "share_not_found"), (410, "share_gone"),
                TooLarge, NotJson, (429, "rate_limited"));
        group.MapPost("/picked-up", PickedUpAsync).WithName("ShareViewPickedUp").WithJsonBodyLimit(MaxBody)
            .WithSummary("A friend says the car was picked up")
            .WithDescription("Anonymous, with the token (and PIN) in the body: the record ends, every link to it answers 410 and the driver is told.")
            .WithExamples(request: ShareViewExamples.Request)
            .ProducesProblems(
                Malformed, (400, "share_pin_invalid"), (403, "share_pin_required"), (403, "share_pin_wrong"), (403, "share_locked"), (404, "share_not_found"),
                (410, "share_gone"), TooLarge, NotJson, (429, "rate_limited"));
        return app;
    }

    public static async Task<Results<Ok<FriendShareViewDto>, ValidationProblem, ProblemHttpResult>> ViewAsync(
        ShareViewRequest? request, HttpContext context, ShareVisitor visitor, LotMapCache maps, PositionRefiner refiner, DetailedPositionMapper positions,
        IOptions<PublicSiteOptions> site, SharePinCookie pins, ApiProblems problems)
    {
        var (body, refused) = await ReadAsync(request, context, problems, visitor, countsAsView: true);
        if (refused is not null)
        {
            return refused;
        }

        if (body!.Decision.View == SharePageView.Pin)
        {
            return TypedResults.Ok(new FriendShareViewDto("pin", null));
        }

        var (link, record) = (body.Decision.Target!.Link, body.Decision.Target.Record);
        var map = await maps.GetAsync(record.LotId, context.RequestAborted);
        if (map?.Space(record.SpaceId) is not { } space)
        {
            return problems.Problem(StatusCodes.Status410Gone, "share_gone");
        }

        var position = positions.ToDto(refiner.Describe(map, space, record.ResolvedBy));
        var photo = !link.ShowPhoto || !record.HasPhoto ? null
            : !link.HasPin ? site.Value.SharePage(body.Token) + "/photo"
            : $"{site.Value.SharePage(body.Token)}/photo?{ShareAssetsEndpoints.PinProofParameter}={Uri.EscapeDataString(pins.IssueValue(link.Id, ShareAssetsEndpoints.PinProofLifetime))}";
        return TypedResults.Ok(new FriendShareViewDto("car", new FriendCarDto(
            record.LotId.ToString(), map.Name, map.Address, record.SpaceCode, record.LevelName, position.Zone?.Name ?? record.ZoneCode,
            position, record.ParkedAtUtc.ToOffset(), record.Note, link.ShowPlate ? record.Plate : null, photo, link.ExpiresAtUtc.ToOffset())));
    }

    /// <summary>"I picked up the car": the record ends and every link to it stops working (PIN proven again, as the page's button needs it).</summary>
    public static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> PickedUpAsync(
        ShareViewRequest? request, HttpContext context, ShareVisitor visitor, ShareAccess access, ShareViewLog views, ApiProblems problems)
    {
        var (body, refused) = await ReadAsync(request, context, problems, visitor, countsAsView: false);
        if (refused is not null)
        {
            return refused;
        }

        if (body!.Decision.View == SharePageView.Pin)
        {
            return problems.Problem(StatusCodes.Status403Forbidden, "share_pin_required");
        }

        var error = await access.PickedUpAsync(body.Token, views.Pending(body.Decision.Target!.Link.Id), context.RequestAborted);
        return error == ShareError.None ? TypedResults.NoContent() : problems.Problem(StatusCodes.Status410Gone, "share_gone");
    }

    private static async Task<(ShareVisitBody? Body, ProblemHttpResult? Refused)> ReadAsync(
        ShareViewRequest? body, HttpContext context, ApiProblems problems, ShareVisitor visitor, bool countsAsView)
    {
        if (body is null)
        {
            return (null, JsonBody.Missing(context.Request, problems));
        }

        // A junk token is simply unknown: the same 404 as a well-formed one nobody issued (and it counts as a miss).
        var token = body.Token?.Trim() ?? string.Empty;
        if (body.Pin is { Length: > 32 })
        {
            return (null, problems.Problem(StatusCodes.Status400BadRequest, "share_pin_invalid", SharePin.MinLength, SharePin.MaxLength));
        }

        var decision = await visitor.DecideAsync(context, token.Length is > 0 and <= 64 ? token : "-", countsAsView, new PostedShareVisit(string.IsNullOrEmpty(body.Pin) ? null : body.Pin));
        ProblemHttpResult? refused = decision.View switch
        {
            SharePageView.NotFound => problems.Problem(StatusCodes.Status404NotFound, "share_not_found"),
            SharePageView.TooMany => problems.Problem(StatusCodes.Status429TooManyRequests, "rate_limited"),
            SharePageView.Gone => problems.Problem(StatusCodes.Status410Gone, "share_gone"),
            SharePageView.Locked => Locked(problems, decision),
            SharePageView.Pin when decision.PinRefused => problems.Problem(StatusCodes.Status403Forbidden, "share_pin_wrong"),
            _ => null,
        };
        return (new ShareVisitBody(token, decision), refused);
    }

    private static ProblemHttpResult Locked(ApiProblems problems, ShareDecision decision)
    {
        var problem = problems.Problem(StatusCodes.Status403Forbidden, "share_locked");
        problem.ProblemDetails.Extensions["lockedUntil"] = decision.Target?.Link.LockedUntilUtc?.ToOffset();
        return problem;
    }

    private sealed record ShareVisitBody(string Token, ShareDecision Decision);
}
