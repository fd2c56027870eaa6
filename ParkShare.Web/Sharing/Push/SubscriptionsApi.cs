using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using ParkShare.Core.Sharing.Push;
using ParkShare.Core.WeChat;
using ParkShare.Web.Api;
using ParkShare.Web.Drivers;
using static ParkShare.Web.Api.CommonProblems;

namespace ParkShare.Web.Sharing.Push;

/// <summary>/api/mp/subscriptions: what wx.requestSubscribeMessage answered; each accepted template allows one subscribe message.</summary>
public static class SubscriptionsApi
{
    public const int MaxTemplatesPerRequest = 10;

    public static IEndpointRouteBuilder MapSubscriptionsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/mp/subscriptions").WithTag("Bindings", "Friends bound to a driver: invites, accepted bindings, cars shared with me and subscribe-message grants.").RequireAuthorization(DriverPrincipal.Policy).DisableAntiforgery();
        group.MapPost("/", AcceptAsync).WithName("RecordSubscriptions").Accepts<SubscriptionsRequest>("application/json")
            .WithSummary("Record subscribe-message authorisations")
            .WithDescription(
                "The template ids wx.requestSubscribeMessage answered `accept` for (WeChat:Templates:PositionSharedSubscribe / DriverNoticeSubscribe). "
                + "Each allows one subscribe message; unused ones are capped at 50 per template.")
            .WithExamples(response: new SubscriptionsDto(1), request: new SubscriptionsRequest(["tmpl-position-shared"]))
            .ProducesProblems(Invalid, Malformed, SignedOut, TooLarge, NotJson);
        return app;
    }

    public static async Task<Results<Ok<SubscriptionsDto>, ValidationProblem, ProblemHttpResult>> AcceptAsync(
        HttpContext context, SubscriptionService subscriptions, IOptions<WeChatOptions> weChat, ApiProblems problems, CancellationToken cancellationToken)
    {
        var (body, problemCode, status) = await JsonBody.ReadAsync<SubscriptionsRequest>(context.Request, 4096, cancellationToken);
        if (body is null)
        {
            return problems.Problem(status, problemCode!);
        }

        var templates = weChat.Value.Templates;
        string[] ours = [templates.PositionSharedSubscribe, templates.DriverNoticeSubscribe];
        var accepted = body.Accepted ?? [];
        if (body.Accepted is null || accepted.Count > MaxTemplatesPerRequest)
        {
            return problems.Validation(new Dictionary<string, string[]> { ["accepted"] = [problems.Message("Validation.TemplatesRequired", MaxTemplatesPerRequest)] });
        }

        if (accepted.Any(t => string.IsNullOrEmpty(t) || !ours.Contains(t, StringComparer.Ordinal)))
        {
            return problems.Validation(new Dictionary<string, string[]> { ["accepted"] = [problems.Message("Validation.TemplateUnknown")] });
        }

        var recorded = await subscriptions.AcceptAsync(context.User.DriverId(), accepted, cancellationToken);
        return TypedResults.Ok(new SubscriptionsDto(recorded));
    }
}
