using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using ParkShare.Core.Drivers;
using ParkShare.Core.Sharing.Bindings;
using ParkShare.Web.Api;
using ParkShare.Web.Drivers;

namespace ParkShare.Web.Sharing.Bindings;

/// <summary>The people side of /api/mp/bindings: name the other side of a binding, and see who invites before accepting.</summary>
public static class BindingPeopleApi
{
    public static async Task<Results<Ok<BindingDto>, ValidationProblem, ProblemHttpResult>> SetAliasAsync(
        Guid id, HttpContext context, BoundPeople people, ApiProblems problems, CancellationToken cancellationToken)
    {
        // Read as a JSON object: null clears the alias, and a name that is not text is refused beside its field.
        var (body, unreadable) = await JsonBody.ReadAsync<JsonObject>(context.Request, problems, cancellationToken);
        if (body is null)
        {
            return unreadable!;
        }

        if (!PersonNameProblems.TryReadText(body, "alias", nullable: true, problems, out var alias, out var error))
        {
            return problems.Validation(new Dictionary<string, string[]> { ["alias"] = [error!] });
        }

        var outcome = await people.SetAliasAsync(context.User.DriverId(), id, alias, cancellationToken);
        if (outcome.NameError != PersonNameError.None)
        {
            return problems.Validation(PersonNameProblems.Errors(problems, "alias", outcome.NameError));
        }

        return outcome.Person is { } person ? TypedResults.Ok(ToDto(person)) : problems.Problem(StatusCodes.Status404NotFound, "binding_not_found");
    }

    public static async Task<Results<Ok<InvitePreviewDto>, ProblemHttpResult>> PreviewAsync(
        AcceptInviteRequest? body, HttpContext context, BoundPeople people, ApiProblems problems, CancellationToken cancellationToken)
    {
        if (body is null)
        {
            return JsonBody.Missing(context.Request, problems);
        }

        var preview = await people.PreviewInviteAsync(context.User.DriverId(), body.Invite!.Trim(), cancellationToken);
        return preview.Error == BindingError.None
            ? TypedResults.Ok(new InvitePreviewDto(preview.InviterName, preview.ExpiresAtUtc.ToOffset()))
            : BindingsApi.Refused(problems, preview.Error);
    }

    public static BindingDto ToDto(BoundPerson p) => new(
        p.Binding.Id.ToString(), p.Binding.DriverId == p.OtherId ? "driver" : "friend", p.OtherId.ToString(), p.Binding.CreatedAtUtc.ToOffset(),
        Name: p.Name, Alias: p.Alias, Nickname: p.Nickname);
}
