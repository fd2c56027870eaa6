using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using ParkShare.Core.Drivers;
using ParkShare.Web.Api;
using static ParkShare.Web.Api.CommonProblems;

namespace ParkShare.Web.Drivers;

/// <summary>/api/mp/me: the signed-in driver and the name they chose, the privacy notice, and deleting the account with all its data.</summary>
public static class MeApi
{
    public static IEndpointRouteBuilder MapMeApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/mp/me").WithTag("Drivers", "Mini-program sign-in, the signed-in driver, the privacy notice and account deletion.").RequireAuthorization(DriverPrincipal.Policy).DisableAntiforgery();
        group.MapGet("/", GetAsync).WithName("Me")
            .WithSummary("The signed-in driver").WithDescription("The driver behind the Bearer token and whether the privacy notice was accepted.")
            .WithExamples(response: DriversExamples.Me)
            .ProducesProblems(SignedOut);
        group.MapPatch("/", RenameAsync).WithName("RenameMe").Accepts<RenameRequest>("application/json", "application/merge-patch+json").WithJsonBodyLimit(4096)
            .WithSummary("Choose my name")
            .WithDescription(
                "The name my friends see (unless they gave me an alias) and that lot staff see beside my reference: WeChat's nickname fill "
                + "(`<input type=\"nickname\">`) or typed. Trimmed; 1 to 32 characters; control and bidirectional-override characters are refused.")
            .WithExamples(response: DriversExamples.Me, request: DriversExamples.Rename)
            .ProducesProblems(Invalid, Malformed, SignedOut, TooLarge, NotJson);
        group.MapPost("/privacy", AcceptPrivacyAsync).WithName("AcceptPrivacyNotice")
            .WithSummary("Accept the privacy notice").WithDescription("Records that the driver accepted the privacy notice shown at first sign-in.")
            .ProducesProblems(SignedOut);
        group.MapDelete("/", DeleteAsync).WithName("DeleteMe")
            .WithSummary("Delete my account")
            .WithDescription("Erases the driver and every piece of their data (reservations, records and their photos, notices, sessions) at once.")
            .ProducesProblems(SignedOut);
        return app;
    }

    public static async Task<Results<Ok<MeDto>, ProblemHttpResult>> GetAsync(HttpContext context, DriverSessionService drivers, ApiProblems problems, CancellationToken cancellationToken) =>
        await drivers.FindDriverAsync(context.User.DriverId(), cancellationToken) is { } d
            ? TypedResults.Ok(ToDto(d))
            : problems.Problem(StatusCodes.Status401Unauthorized, "session_required");

    public static async Task<Results<Ok<MeDto>, ValidationProblem, ProblemHttpResult>> RenameAsync(
        HttpContext context, DriverProfiles profiles, DriverSessionService drivers, ApiProblems problems, CancellationToken cancellationToken)
    {
        // Read as a JSON object: a name that is not text is refused beside its field, not as malformed JSON.
        var (body, unreadable) = await JsonBody.ReadAsync<JsonObject>(context.Request, problems, cancellationToken);
        if (body is null)
        {
            return unreadable!;
        }

        if (!PersonNameProblems.TryReadText(body, "nickname", nullable: false, problems, out var nickname, out var error))
        {
            return problems.Validation(new Dictionary<string, string[]> { ["nickname"] = [error!] });
        }

        var me = context.User.DriverId();
        switch (await profiles.RenameAsync(me, nickname, cancellationToken))
        {
            case null:
                return problems.Problem(StatusCodes.Status401Unauthorized, "session_required");
            case PersonNameError.None:
                break;
            case var refused:
                return problems.Validation(PersonNameProblems.Errors(problems, "nickname", refused.Value));
        }

        return await drivers.FindDriverAsync(me, cancellationToken) is { } d
            ? TypedResults.Ok(ToDto(d))
            : problems.Problem(StatusCodes.Status401Unauthorized, "session_required");
    }

    private static MeDto ToDto(Driver d) =>
        new(d.Id.ToString(), d.CreatedAtUtc.ToOffset(), d.PrivacyAcceptedAtUtc is not null, d.Nickname, DriverReference.For(d.Id));

    public static async Task<NoContent> AcceptPrivacyAsync(HttpContext context, DriverSessionService drivers, CancellationToken cancellationToken)
    {
        await drivers.AcceptPrivacyNoticeAsync(context.User.DriverId(), cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<NoContent> DeleteAsync(HttpContext context, DriverSessionService drivers, CancellationToken cancellationToken)
    {
        await drivers.DeleteDriverAsync(context.User.DriverId(), cancellationToken);
        return TypedResults.NoContent();
    }
}
