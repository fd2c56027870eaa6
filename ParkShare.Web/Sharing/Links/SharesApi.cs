using Microsoft.AspNetCore.Http.HttpResults;
using ParkShare.Core.Parking;
using ParkShare.Core.Sharing.Links;
using ParkShare.Web.Api;
using ParkShare.Web.Drivers;

namespace ParkShare.Web.Sharing.Links;

/// <summary>/api/mp/shares: a driver's secure links to their parked car. Another driver's link id answers 404.</summary>
public static class SharesApi
{
    public static IEndpointRouteBuilder MapSharesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/mp/shares").WithTag("Sharing", "Secure, expiring links (and QR codes) to a parked car: create, list, extend, revoke, see who opened them.").RequireAuthorization(DriverPrincipal.Policy).DisableAntiforgery();
        group.MapPost("/", CreateAsync).WithName("CreateShare").Accepts<CreateShareRequest>("application/json");
        group.MapGet("/", ListAsync).WithName("ListShares");
        group.MapGet("/{id}", GetAsync).WithName("GetShare");
        group.MapDelete("/{id}", RevokeAsync).WithName("RevokeShare");
        group.MapPost("/{id}/extend", ExtendAsync).WithName("ExtendShare").Accepts<ExtendShareRequest>("application/json");
        group.MapGet("/{id}/views", ViewsAsync).WithName("ListShareViews");
        return app;
    }

    public static async Task<Results<Created<ShareDto>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        HttpContext context, ShareService shares, ShareMapper mapper, ApiProblems problems, CancellationToken cancellationToken)
    {
        var (body, problemCode, status) = await JsonBody.ReadAsync<CreateShareRequest>(context.Request, 4096, cancellationToken);
        if (body is null)
        {
            return problems.Problem(status, problemCode!);
        }

        var errors = new Dictionary<string, string[]>();
        if (!Guid.TryParse(body.RecordId, out var recordId))
        {
            errors["recordId"] = [problems.Message("Validation.RecordIdRequired")];
        }

        if (body.LifetimeHours is { } hours && (!double.IsFinite(hours) || hours <= 0))
        {
            errors["lifetimeHours"] = [problems.Message("Validation.NumberRequired")];
        }

        if (errors.Count > 0)
        {
            return problems.Validation(errors);
        }

        var outcome = await shares.CreateAsync(
            context.User.DriverId(),
            new ShareRequest(recordId, body.LifetimeHours is { } h ? TimeSpan.FromHours(h) : null, body.Pin, body.MaxViews, body.ShowPlate ?? false, body.ShowPhoto ?? false),
            cancellationToken);
        return outcome.Link is { } link
            ? TypedResults.Created($"/api/mp/shares/{link.Id}", mapper.ToDto(link, recordActive: true, outcome.Token))
            : Refused(problems, outcome.Error);
    }

    public static async Task<Ok<ShareListDto>> ListAsync(
        string? recordId, HttpContext context, ShareService shares, ParkingService parking, ShareMapper mapper, CancellationToken cancellationToken)
    {
        var driverId = context.User.DriverId();
        var links = await shares.ListAsync(driverId, Guid.TryParse(recordId, out var rid) ? rid : null, cancellationToken);
        var current = (await parking.CurrentAsync(driverId, cancellationToken))?.Id;
        return TypedResults.Ok(new ShareListDto([.. links.Select(l => mapper.ToDto(l, l.RecordId == current))]));
    }

    public static async Task<Results<Ok<ShareDto>, ProblemHttpResult>> GetAsync(
        string id, HttpContext context, ShareService shares, ParkingService parking, ShareMapper mapper, ApiProblems problems, CancellationToken cancellationToken)
    {
        var driverId = context.User.DriverId();
        var link = Guid.TryParse(id, out var lid) ? await shares.FindAsync(driverId, lid, cancellationToken) : null;
        return link is null
            ? problems.Problem(StatusCodes.Status404NotFound, "share_not_found")
            : TypedResults.Ok(mapper.ToDto(link, (await parking.CurrentAsync(driverId, cancellationToken))?.Id == link.RecordId));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> RevokeAsync(
        string id, HttpContext context, ShareService shares, ApiProblems problems, CancellationToken cancellationToken)
    {
        var outcome = Guid.TryParse(id, out var lid) ? await shares.RevokeAsync(context.User.DriverId(), lid, cancellationToken) : ShareOutcome.Refused(ShareError.NotFound);
        return outcome.Link is null ? problems.Problem(StatusCodes.Status404NotFound, "share_not_found") : TypedResults.NoContent();
    }

    public static async Task<Results<Ok<ShareDto>, ValidationProblem, ProblemHttpResult>> ExtendAsync(
        string id, HttpContext context, ShareService shares, ShareMapper mapper, ApiProblems problems, CancellationToken cancellationToken)
    {
        var (body, problemCode, status) = await JsonBody.ReadAsync<ExtendShareRequest>(context.Request, 1024, cancellationToken);
        if (body is null)
        {
            return problems.Problem(status, problemCode!);
        }

        if (body.LifetimeHours is not { } hours || !double.IsFinite(hours) || hours <= 0)
        {
            return problems.Validation(new Dictionary<string, string[]> { ["lifetimeHours"] = [problems.Message("Validation.NumberRequired")] });
        }

        var outcome = Guid.TryParse(id, out var lid)
            ? await shares.ExtendAsync(context.User.DriverId(), lid, TimeSpan.FromHours(Math.Min(hours, 24 * 400)), cancellationToken)
            : ShareOutcome.Refused(ShareError.NotFound);
        return outcome.Link is { } link ? TypedResults.Ok(mapper.ToDto(link, recordActive: true)) : Refused(problems, outcome.Error);
    }

    public static async Task<Results<Ok<ShareViewListDto>, ProblemHttpResult>> ViewsAsync(
        string id, HttpContext context, ShareService shares, ApiProblems problems, CancellationToken cancellationToken)
    {
        var views = Guid.TryParse(id, out var lid) ? await shares.ViewsAsync(context.User.DriverId(), lid, cancellationToken) : null;
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
