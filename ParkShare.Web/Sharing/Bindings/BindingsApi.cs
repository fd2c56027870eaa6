using Microsoft.AspNetCore.Http.HttpResults;
using ParkShare.Core.Sharing.Bindings;
using ParkShare.Web.Api;
using ParkShare.Web.Drivers;
using static ParkShare.Web.Api.CommonProblems;

namespace ParkShare.Web.Sharing.Bindings;

/// <summary>/api/mp/bindings: invite a friend, see who invites, accept an invite, list, name and end bindings. A binding the driver is not part of answers 404.</summary>
public static class BindingsApi
{
    public static IEndpointRouteBuilder MapBindingsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/mp/bindings").WithTag("Bindings", "Friends bound to a driver: invites, accepted bindings, cars shared with me and subscribe-message grants.").RequireAuthorization(DriverPrincipal.Policy).DisableAntiforgery();
        group.MapPost("/invites", CreateInviteAsync).WithName("CreateInvite")
            .WithSummary("Invite a friend")
            .WithDescription(
                "A single-use invite (128 random bits, stored hashed) valid for Bindings:InviteLifetime (24 h by default): `sharePath` for a mini-program share card, "
                + "`qrUrl` the official-account QR (scene `bind:<code>`) and `miniProgramCodeUrl` the mini-program code, both as data URLs (null when WeChat could not make one). "
                + "At most Bindings:MaxOpenInvites open invites and Bindings:MaxFriends friends.")
            .WithExamples(response: BindingsExamples.Invite)
            .ProducesProblems(SignedOut, (409, "too_many_invites"), (409, "too_many_friends"));
        group.MapPost("/accept", AcceptAsync).WithName("AcceptInvite").WithJsonBodyLimit(1024)
            .WithSummary("Accept an invite")
            .WithDescription(
                "The inviting driver now shares their car with me (201). Accepting an invite of a driver I am already bound to answers that binding with 200 "
                + "and `alreadyBound: true`; my own invite, a used or an expired one are refused.")
            .WithExamples(response: BindingsExamples.Accepted, request: BindingsExamples.AcceptRequest)
            .ProducesProblems(
                Invalid, Malformed, SignedOut, (404, "invite_not_found"), (409, "invite_used"), (409, "invite_own"), (409, "too_many_friends"), (410, "invite_expired"), TooLarge, NotJson);
        group.MapPost("/preview", BindingPeopleApi.PreviewAsync).WithName("PreviewInvite").WithJsonBodyLimit(1024)
            .WithSummary("See who invites")
            .WithDescription("The inviting driver's chosen name (null when they chose none) and the invite's expiry, without using the invite; the same refusals as accepting.")
            .WithExamples(response: BindingsExamples.Preview, request: BindingsExamples.AcceptRequest)
            .ProducesProblems(Invalid, Malformed, SignedOut, (404, "invite_not_found"), (409, "invite_used"), (409, "invite_own"), (410, "invite_expired"), TooLarge, NotJson);
        group.MapGet("/", ListAsync).WithName("ListBindings")
            .WithSummary("List my bindings")
            .WithDescription(
                "Active bindings in both directions: role `friend` (I share my car with `otherDriverId`) and `driver` (`otherDriverId` shares theirs with me), newest first. "
                + "`name` is how to show the other person: the alias I gave them, else the nickname they chose; null when neither exists.")
            .WithExamples(response: BindingsExamples.BindingList)
            .ProducesProblems(SignedOut);
        group.MapPatch("/{id:guid}", BindingPeopleApi.SetAliasAsync).WithName("SetBindingAlias").Accepts<AliasRequest>("application/json", "application/merge-patch+json").WithJsonBodyLimit(4096)
            .WithSummary("Name the other person")
            .WithDescription(
                "The alias I see the other side of the binding by (they keep their own for me): 1 to 32 characters, trimmed; control and bidirectional-override "
                + "characters are refused; null goes back to their own nickname. Another driver's binding answers 404.")
            .WithExamples(response: BindingsExamples.Named, request: BindingsExamples.Alias)
            .ProducesProblems(Invalid, Malformed, SignedOut, (404, "binding_not_found"), TooLarge, NotJson);
        group.MapMalformedId("PATCH /{id}", "binding_not_found");
        group.MapDelete("/{id:guid}", RevokeAsync).WithName("RevokeBinding")
            .WithSummary("End a binding").WithDescription("Either side may end it; pushes and \"shared with me\" stop at once. Another driver's binding answers 404.")
            .ProducesProblems(SignedOut, (404, "binding_not_found"));
        group.MapMalformedId("DELETE /{id}", "binding_not_found");
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

    public static async Task<Results<Ok<BindingDto>, Created<BindingDto>, ProblemHttpResult>> AcceptAsync(
        AcceptInviteRequest? body, HttpContext context, BindingService bindings, BoundPeople people, ApiProblems problems, CancellationToken cancellationToken)
    {
        if (body is null)
        {
            return JsonBody.Missing(context.Request, problems);
        }

        var me = context.User.DriverId();
        var outcome = await bindings.AcceptAsync(me, body.Invite!.Trim(), cancellationToken);
        if (outcome.Binding is not { } binding)
        {
            return Refused(problems, outcome.Error);
        }

        var named = await people.FindAsync(me, binding.Id, cancellationToken);
        var dto = (named is null ? ToDto(binding, me) : BindingPeopleApi.ToDto(named)) with { AlreadyBound = outcome.AlreadyBound };
        return outcome.AlreadyBound ? TypedResults.Ok(dto) : TypedResults.Created("/api/mp/bindings", dto);
    }

    public static async Task<Ok<BindingListDto>> ListAsync(HttpContext context, BoundPeople people, CancellationToken cancellationToken) =>
        TypedResults.Ok(new BindingListDto([.. (await people.ListAsync(context.User.DriverId(), cancellationToken)).Select(BindingPeopleApi.ToDto)]));

    public static async Task<Results<NoContent, ProblemHttpResult>> RevokeAsync(
        Guid id, HttpContext context, BindingService bindings, ApiProblems problems, CancellationToken cancellationToken)
    {
        var outcome = await bindings.RevokeAsync(context.User.DriverId(), id, cancellationToken);
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
