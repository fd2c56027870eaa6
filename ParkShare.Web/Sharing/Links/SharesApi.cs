using Microsoft.AspNetCore.Http.HttpResults;
using ParkShare.Core.Parking;
using ParkShare.Core.Sharing.Links;
using ParkShare.Web.Api;
using ParkShare.Web.Drivers;
using static ParkShare.Web.Api.CommonProblems;

namespace ParkShare.Web.Sharing.Links;

/// <summary>/api/mp/shares: a driver's secure links to their parked car. Another driver's link id answers 404.</summary>
public static class SharesApi
{
    public static IEndpointRouteBuilder MapSharesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/mp/shares").WithTag("Sharing", "Secure, expiring links (and QR codes) to a parked car: create, list, extend, revoke, see who opened them.").RequireAuthorization(DriverPrincipal.Policy).DisableAntiforgery();
        group.MapPost("/", CreateAsync).WithName("CreateShare").WithJsonBodyLimit(4096)
            .WithSummary("Share the parked car")
            .WithDescription(
                "A capability link (22-character token, 128 random bits) to one of my active records, with its QR codes and poster. `lifetimeHours` defaults to "
                + "Sharing:DefaultLifetime and is capped by Sharing:MaxLifetime; `pin` (6–8 digits) and `maxViews` are optional; the friend sees the plate and "
                + "the photo only when `showPlate` / `showPhoto` say so. The link stops working when the car is picked up.")
            .WithExamples(response: SharingExamples.Share, request: SharingExamples.CreateRequest)
            .ProducesProblems(
                Invalid, (400, "share_lifetime_too_long"), (400, "share_pin_invalid"), (400, "share_view_limit_invalid"), Malformed, SignedOut,
                (404, "record_not_found"), (409, "record_ended"), (409, "too_many_shares"), TooLarge, NotJson);
        group.MapGet("/", ListAsync).WithName("ListShares")
            .WithSummary("List my share links").WithDescription("Newest first; `recordId` narrows to one record. Each link with its state and view count.")
            .WithExamples(response: SharingExamples.ShareList)
            .ProducesProblems(SignedOut);
        group.MapGet("/{id:guid}", GetAsync).WithName("GetShare")
            .WithSummary("Get a share link").WithDescription("Its owner can show the link and QR again; another driver's id answers 404.")
            .WithExamples(response: SharingExamples.Share)
            .ProducesProblems(SignedOut, (404, "share_not_found"));
        group.MapDelete("/{id:guid}", RevokeAsync).WithName("RevokeShare")
            .WithSummary("Revoke a share link").WithDescription("The link answers 410 at once.")
            .ProducesProblems(SignedOut, (404, "share_not_found"));
        group.MapPost("/{id:guid}/extend", ExtendAsync).WithName("ExtendShare").WithJsonBodyLimit(1024)
            .WithSummary("Extend a share link")
            .WithDescription("A new end `lifetimeHours` from now, at most Sharing:MaxLifetime; not for revoked links or picked-up cars.")
            .WithExamples(response: SharingExamples.Share, request: SharingExamples.ExtendRequest)
            .ProducesProblems(Invalid, (400, "share_lifetime_too_long"), Malformed, SignedOut, (404, "share_not_found"), (409, "share_not_active"), TooLarge, NotJson);
        group.MapGet("/{id:guid}/views", ViewsAsync).WithName("ListShareViews")
            .WithSummary("A share link's access log")
            .WithDescription("When it was opened and from what kind of device and network (never a full IP address), newest first.")
            .WithExamples(response: SharingExamples.Views)
            .ProducesProblems(SignedOut, (404, "share_not_found"));
        group.MapMalformedId("GET /{id}", "share_not_found");
        group.MapMalformedId("DELETE /{id}", "share_not_found");
        group.MapMalformedId("GET /{id}/views", "share_not_found");

        // The body is checked before the id, so a malformed id runs the handler as an id of no link (Guid.Empty is never one).
        group.MapPost("/{id}/extend", (ExtendShareRequest? body, HttpContext context, ShareService shares, ShareMapper mapper, ApiProblems problems, CancellationToken cancellationToken) =>
            ExtendAsync(Guid.Empty, body, context, shares, mapper, problems, cancellationToken))
            .WithJsonBodyLimit(1024).ExcludeFromDescription();
        return app;
    }

    public static async Task<Results<Created<ShareDto>, ProblemHttpResult>> CreateAsync(
        CreateShareRequest? body, HttpContext context, ShareService shares, ShareMapper mapper, ApiProblems problems, CancellationToken cancellationToken)
    {
        if (body is null)
        {
            return JsonBody.Missing(context.Request, problems);
        }

        var outcome = await shares.CreateAsync(
            context.User.DriverId(),
            new ShareRequest(Guid.Parse(body.RecordId!), body.LifetimeHours is { } h ? TimeSpan.FromHours(Math.Min(h, 24 * 400)) : null, body.Pin, body.MaxViews, body.ShowPlate ?? false, body.ShowPhoto ?? false),
            cancellationToken);
        return outcome.Link is { } link
            ? TypedResults.Created($"/api/mp/shares/{link.Id}", mapper.ToDto(link, recordActive: true, outcome.Token))
            : Refused(problems, outcome.Error);
    }

    public static async Task<Ok<ShareListDto>> ListAsync(
        string? recordId, HttpContext context, ShareService shares, ParkingService parking, ShareMapper mapper, TimeProvider clock, CancellationToken cancellationToken)
    {
        var driverId = context.User.DriverId();
        var now = clock.GetUtcNow().UtcDateTime;
        var links = await shares.ListAsync(driverId, Guid.TryParse(recordId, out var rid) ? rid : null, cancellationToken);
        var current = (await parking.CurrentAsync(driverId, cancellationToken))?.Id;
        return TypedResults.Ok(new ShareListDto([.. links.Select(l => mapper.ToDto(l, l.RecordId == current, nowUtc: now))]));
    }

    public static async Task<Results<Ok<ShareDto>, ProblemHttpResult>> GetAsync(
        Guid id, HttpContext context, ShareService shares, ParkingService parking, ShareMapper mapper, ApiProblems problems, TimeProvider clock, CancellationToken cancellationToken)
    {
        var driverId = context.User.DriverId();
        var now = clock.GetUtcNow().UtcDateTime;
        var link = await shares.FindAsync(driverId, id, cancellationToken);
        return link is null
            ? problems.Problem(StatusCodes.Status404NotFound, "share_not_found")
            : TypedResults.Ok(mapper.ToDto(link, (await parking.CurrentAsync(driverId, cancellationToken))?.Id == link.RecordId, nowUtc: now));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> RevokeAsync(
        Guid id, HttpContext context, ShareService shares, ApiProblems problems, CancellationToken cancellationToken)
    {
        var outcome = await shares.RevokeAsync(context.User.DriverId(), id, cancellationToken);
        return outcome.Link is null ? problems.Problem(StatusCodes.Status404NotFound, "share_not_found") : TypedResults.NoContent();
    }

    public static async Task<Results<Ok<ShareDto>, ProblemHttpResult>> ExtendAsync(
        Guid id, ExtendShareRequest? body, HttpContext context, ShareService shares, ShareMapper mapper, ApiProblems problems, CancellationToken cancellationToken)
    {
        if (body is null)
        {
            return JsonBody.Missing(context.Request, problems);
        }

        var hours = body.LifetimeHours!.Value;

        var outcome = id == Guid.Empty
            ? ShareOutcome.Refused(ShareError.NotFound)
            : await shares.ExtendAsync(context.User.DriverId(), id, TimeSpan.FromHours(Math.Min(hours, 24 * 400)), cancellationToken);
        return outcome.Link is { } link ? TypedResults.Ok(mapper.ToDto(link, recordActive: true)) : Refused(problems, outcome.Error);
    }

    public static async Task<Results<Ok<ShareViewListDto>, ProblemHttpResult>> ViewsAsync(
        Guid id, HttpContext context, ShareService shares, ApiProblems problems, CancellationToken cancellationToken)
    {
        var views = await shares.ViewsAsync(context.User.DriverId(), id, cancellationToken);
        return views is null
            ? problems.Problem(StatusCodes.Status404NotFound, "share_not_found")
            : TypedResults.Ok(new ShareViewListDto([.. views.Select(v => new ShareViewDto(v.AtUtc.ToOffset(), v.Device, v.Network, v.Count))]));
    }

    internal static ProblemHttpResult Refused(ApiProblems problems, ShareError error) => error switch
    {
        ShareError.RecordNotFound => problems.Problem(StatusCodes.Status404NotFound, "record_not_found"),
        ShareError.RecordEnded => problems.Problem(StatusCodes.Status409Conflict, "record_ended"),
        ShareError.TooManyLinks => problems.Problem(StatusCodes.Status409Conflict, "too_many_shares"),
        ShareError.NotActive => problems.Problem(StatusCodes.Status409Conflict, "share_not_active"),
        ShareError.LifetimeTooLong => problems.Problem(StatusCodes.Status400BadRequest, "share_lifetime_too_long"),
        ShareError.LifetimeTooShort => problems.Problem(StatusCodes.Status400BadRequest, "share_lifetime_too_short"),
        ShareError.BadPin => problems.Problem(StatusCodes.Status400BadRequest, "share_pin_invalid", SharePin.MinLength, SharePin.MaxLength),
        ShareError.BadViewLimit => problems.Problem(StatusCodes.Status400BadRequest, "share_view_limit_invalid", ShareRequest.MaxViewLimit),
        _ => problems.Problem(StatusCodes.Status404NotFound, "share_not_found"),
    };
}
