using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using ParkShare.Core.Drivers;
using ParkShare.Core.WeChat;
using ParkShare.Web.Api;
using ParkShare.Web.Drivers;

namespace ParkShare.Web.WeChat;

/// <summary>
/// GET /api/mp/sandbox/inbox: in the sandbox, the messages WeChat would have delivered to me (my
/// mini-program and official-account openids), so a developer sees subscribe messages arrive on the phone
/// they sign in with. Live mode answers 404: real messages arrive in WeChat.
/// </summary>
public static class SandboxInboxApi
{
    public static IEndpointRouteBuilder MapSandboxInboxApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/mp/sandbox").WithTag("Mini-program", "The mini-program client's own needs: its public configuration and, in the sandbox, the messages WeChat would have delivered.").RequireAuthorization(DriverPrincipal.Policy)
            .MapGet("/inbox", GetAsync).WithName("SandboxInbox")
            .WithSummary("My sandbox inbox")
            .WithDescription("Sandbox only (404 in live mode): the subscribe and template messages WeChat would have delivered to me, newest first.")
            .WithExamples(response: new SandboxInboxDto([new SandboxInboxMessageDto(
                ApiExamples.Start, "subscribe", "sandbox-position-subscribe", $"pages/record/detail?id={ApiExamples.RecordId}",
                new Dictionary<string, string> { ["thing1"] = "陆家嘴滨江停车场", ["character_string2"] = "B2-C-017" })]))
            .ProducesProblems(CommonProblems.SignedOut, (404, "not_found"));
        return app;
    }

    public static async Task<Results<Ok<SandboxInboxDto>, ProblemHttpResult>> GetAsync(
        HttpContext context, IOptions<WeChatOptions> weChat, WeChatSandboxInbox inbox, DriverSessionService sessions, ApiProblems problems)
    {
        if (!weChat.Value.IsSandbox || await sessions.FindDriverAsync(context.User.DriverId(), context.RequestAborted) is not { } driver)
        {
            return problems.Problem(StatusCodes.Status404NotFound, "not_found");
        }

        string?[] mine = [driver.MiniProgramOpenId, driver.OfficialAccountOpenId];
        var items = inbox.Recent(WeChatSandboxInbox.Capacity)
            .Where(m => mine.Contains(m.ToOpenId, StringComparer.Ordinal))
            .Select(m => new SandboxInboxMessageDto(DateTime.SpecifyKind(m.SentAtUtc, DateTimeKind.Utc), m.Kind, m.TemplateId, m.Target, m.Data))
            .ToList();
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(new SandboxInboxDto(items));
    }
}
