using Microsoft.AspNetCore.Http.HttpResults;
using ParkShare.Core.Notices;
using ParkShare.Web.Api;
using ParkShare.Web.Drivers;
using static ParkShare.Web.Api.CommonProblems;

namespace ParkShare.Web.Notices;

/// <summary>/api/mp/notices: the signed-in driver's reminders and staff notices, newest first. Another driver's id answers 404.</summary>
public static class NoticesApi
{
    public static IEndpointRouteBuilder MapNoticesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/mp/notices").WithTag("Notices", "A driver's inbox: reminders, staff cancellations and no-show releases.").RequireAuthorization(DriverPrincipal.Policy).DisableAntiforgery();
        group.MapGet("/", ListAsync).WithName("ListNotices")
            .WithSummary("List my notices")
            .WithDescription(
                "Reminders (a reservation starts soon, its hold lapses soon, a long stay's pickup day) and the lot's cancellations and no-show releases, "
                + "newest first, in the request's language with times in the lot's time zone. `unreadOnly=true` filters; `limit` 1–100, `cursor` as for other lists.")
            .WithExamples(response: NoticesExamples.NoticePage)
            .ProducesProblems(Invalid, SignedOut);
        group.MapPost("/{id:guid}/read", MarkReadAsync).WithName("MarkNoticeRead")
            .WithSummary("Mark a notice read").WithDescription("Keeps the first read time; another driver's id answers 404.")
            .ProducesProblems(SignedOut, (404, "notice_not_found"));
        group.MapPost("/read-all", MarkAllReadAsync).WithName("MarkAllNoticesRead")
            .WithSummary("Mark all my notices read").WithDescription("Marks every unread notice of the driver read.")
            .ProducesProblems(SignedOut);
        group.MapMalformedId("POST /{id}/read", "notice_not_found");
        return app;
    }

    public static async Task<Results<Ok<NoticePageDto>, ValidationProblem>> ListAsync(
        bool? unreadOnly,
        int? limit,
        string? cursor,
        HttpContext context,
        NoticeService notices,
        NoticeFormatter formatter,
        ApiProblems problems,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var before = Guid.Empty;
        if (cursor is not null && !Guid.TryParse(cursor, out before))
        {
            errors["cursor"] = [problems.Message("Validation.BadCursor")];
        }

        if (limit is < 1 or > NoticeService.MaxPageSize)
        {
            errors["limit"] = [problems.Message("Validation.BadLimit", NoticeService.MaxPageSize)];
        }

        if (errors.Count > 0)
        {
            return problems.Validation(errors);
        }

        var page = await notices.ListAsync(
            context.User.DriverId(), unreadOnly ?? false, cursor is null ? null : before, limit ?? NoticeService.DefaultPageSize, cancellationToken);
        var items = new List<NoticeDto>(page.Items.Count);
        foreach (var notice in page.Items)
        {
            items.Add(await formatter.ToDtoAsync(notice, cancellationToken));
        }

        return TypedResults.Ok(new NoticePageDto(items, page.NextCursor?.ToString(), page.UnreadCount));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> MarkReadAsync(
        Guid id, HttpContext context, NoticeService notices, ApiProblems problems, CancellationToken cancellationToken) =>
        await notices.MarkReadAsync(context.User.DriverId(), id, cancellationToken)
            ? TypedResults.NoContent()
            : problems.Problem(StatusCodes.Status404NotFound, "notice_not_found");

    public static async Task<NoContent> MarkAllReadAsync(HttpContext context, NoticeService notices, CancellationToken cancellationToken)
    {
        await notices.MarkAllReadAsync(context.User.DriverId(), cancellationToken);
        return TypedResults.NoContent();
    }
}
