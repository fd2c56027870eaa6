using Microsoft.AspNetCore.Http.HttpResults;
using ParkShare.Core.Sharing.Bindings;
using ParkShare.Web.Api;
using ParkShare.Web.Drivers;

namespace ParkShare.Web.Sharing.Bindings;

/// <summary>/api/mp/bindings: invite a friend, accept an invite, list and end bindings. A binding the driver is not part of answers 404.</summary>
public static class BindingsApi
{
    public static IEndpointRouteBuilder MapBindingsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/mp/bindings").WithTag("Bindings", "Friends bound to a driver: invites, accepted bindings, cars shared with me and subscribe-message grants.").RequireAuthorization(DriverPrincipal.Policy).DisableAntiforgery();
        group.MapPost("/invites", CreateInviteAsync).WithName("CreateInvite");
        group.MapPost("/accept", AcceptAsync).WithName("AcceptInvite").Accepts<AcceptInviteRequest>("application/json");
        group.MapGet("/", ListAsync).WithName("ListBindings");
        group.MapDelete("/{id}", RevokeAsync).WithName("RevokeBinding");
        return app;
    }

    public static async Task<Results<Created<InviteDto>, ProblemHttpResult>> CreateInviteAsync(
        HttpContext context, BindingService bindings, InviteImages images, ApiProblems problems, CancellationToken cancellationToken)
    {
        var outcome = await bindings.CreateInviteAsync(context.User.DriverId(), cancellationToken);
        if (outcome is not { Invite: { } invite, Code: { } code })
        {
            return Refused(problems, outcome.Error);
        }

        var (qr, wxacode) = await images.ForAsync(code, cancellationToken);
        return TypedResults.Created("/api/mp/bindings", new InviteDto(code, invite.ExpiresAtUtc.ToOffset(), InviteCode.SharePath(code), qr, wxacode));
    }

    public static async Task<Results<Ok<BindingDto>, Created<BindingDto>, ValidationProblem, ProblemHttpResult>> AcceptAsync(
        HttpContext context, BindingService bindings, ApiProblems problems, CancellationToken cancellationToken)
    {
        var (body, problemCode, status) = await JsonBody.ReadAsync<AcceptInviteRequest>(context.Request, 1024, cancellationToken);
        if (body is null)
        {
            return problems.Problem(status, problemCode!);
        }

        if (string.IsNullOrWhiteSpace(body.Invite))
        {
            return problems.Validation(new Dictionary<string, string[]> { ["invite"] = [problems.Message("Validation.InviteRequired")] });
        }

        var me = context.User.DriverId();
        var outcome = await bindings.AcceptAsync(me, body.Invite.Trim(), cancellationToken);
        if (outcome.Binding is not { } binding)
        {
            return Refused(problems, outcome.Error);
        }

        var dto = ToDto(binding, me) with { AlreadyBound = outcome.AlreadyBound };
        return outcome.AlreadyBound ? TypedResults.Ok(dto) : TypedResults.Created("/api/mp/bindings", dto);
    }

    public static async Task<Ok<BindingListDto>> ListAsync(HttpContext context, BindingService bindings, CancellationToken cancellationToken)
    {
        var me = context.User.DriverId();
        return TypedResults.Ok(new BindingListDto([.. (await bindings.ListAsync(me, cancellationToken)).Select(b => ToDto(b, me))]));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> RevokeAsync(
        string id, HttpContext context, BindingService bindings, ApiProblems problems, CancellationToken cancellationToken)
    {
        var outcome = Guid.TryParse(id, out var bid) ? await bindings.RevokeAsync(context.User.DriverId(), bid, cancellationToken) : BindingOutcome.Refused(BindingError.NotFound);
        return outcome.Binding is null ? problems.Problem(StatusCodes.Status404NotFound, "binding_not_found") : TypedResults.NoContent();
    }

    public static BindingDto ToDto(Binding b, Guid me) =>
        b.DriverId == me
            ? new BindingDto(b.Id.ToString(), "friend", b.FriendId.ToString(), b.CreatedAtUtc.ToOffset())
            : new BindingDto(b.Id.ToString(), "driver", b.DriverId.ToString(), b.CreatedAtUtc.ToOffset());

    internal static ProblemHttpResult Refused(ApiProblems problems, BindingError error) => error switch
    {
        BindingError.InviteExpired => problems.Problem(StatusCodes.Status410Gone, "invite_expired"),
        BindingError.InviteUsed => problems.Problem(StatusCodes.Status409Conflict, "invite_used"),
        BindingError.OwnInvite => problems.Problem(StatusCodes.Status409Conflict, "invite_own"),
        BindingError.TooManyInvites => problems.Problem(StatusCodes.Status409Conflict, "too_many_invites"),
        BindingError.TooManyFriends => problems.Problem(StatusCodes.Status409Conflict, "too_many_friends"),
        BindingError.NotFound => problems.Problem(StatusCodes.Status404NotFound, "binding_not_found"),
        _ => problems.Problem(StatusCodes.Status404NotFound, "invite_not_found"),
    };
}
