using Microsoft.AspNetCore.Http.HttpResults;
using ParkShare.Core.Sharing.Push;
using ParkShare.Web.Api;
using ParkShare.Web.Drivers;
using static ParkShare.Web.Api.CommonProblems;

namespace ParkShare.Web.Sharing.Push;

/// <summary>/api/mp/subscriptions: what wx.requestSubscribeMessage answered; each accepted template allows one subscribe message.</summary>
public static class SubscriptionsApi
{
    public static IEndpointRouteBuilder MapSubscriptionsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/mp/subscriptions").WithTag("Bindings", "Friends bound to a driver: invites, accepted bindings, cars shared with me and subscribe-message grants.").RequireAuthorization(DriverPrincipal.Policy).DisableAntiforgery();
        group.MapPost("/", AcceptAsync).WithName("RecordSubscriptions").WithJsonBodyLimit(4096)
            .WithSummary("Record subscribe-message authorisations")
            .WithDescription(
                "The template ids wx.requestSubscribeMessage answered `accept` for (WeChat:Templates:PositionSharedSubscribe / DriverNoticeSubscribe). "
                + "Each allows one subscribe message; unused ones are capped at 50 per template.")
            .WithExamples(response: new SubscriptionsDto(1), request: new SubscriptionsRequest(["tmpl-position-shared"]))
            .ProducesProblems(Invalid, Malformed, SignedOut, TooLarge, NotJson);
        return app;
    }

    public static async Task<Results<Ok<SubscriptionsDto>, ProblemHttpResult>> AcceptAsync(
        SubscriptionsRequest? body, HttpContext context, SubscriptionService subscriptions, ApiProblems problems, CancellationToken cancellationToken)
    {
        if (body is null)
        {
            return JsonBody.Missing(context.Request, problems);
        }

        var recorded = await subscriptions.AcceptAsync(context.User.DriverId(), body.Accepted!, cancellationToken);
        return TypedResults.Ok(new SubscriptionsDto(recorded));
    }
}
