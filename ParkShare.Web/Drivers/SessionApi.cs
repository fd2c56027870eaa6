using Microsoft.AspNetCore.Http.HttpResults;
using ParkShare.Core.Drivers;
using ParkShare.Core.WeChat;
using ParkShare.Web.Api;
using static ParkShare.Web.Api.CommonProblems;

namespace ParkShare.Web.Drivers;

/// <summary>POST /api/mp/session: mini-program sign-in with a WeChat login code.</summary>
public static class SessionApi
{
    public static IEndpointRouteBuilder MapSessionApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/mp").WithTag("Drivers", "Mini-program sign-in, the signed-in driver, the privacy notice and account deletion.")
            .MapPost("/session", SignInAsync)
            .WithName("SignIn")
            .WithSummary("Sign in with a wx.login code")
            .WithDescription("Exchanges the mini-program login code for a Bearer session token. In the sandbox any code X signs in the driver with openid sandbox-X.")
            .WithExamples(response: DriversExamples.Session, request: DriversExamples.SessionRequest)
            .ProducesProblems(Invalid, Malformed, (401, "invalid_login_code"), TooLarge, NotJson, (503, "wechat_unavailable"))
            .WithJsonBodyLimit(4096)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .AllowAnonymous()
            .DisableAntiforgery();
        return app;
    }

    public static async Task<Results<Ok<SessionResponse>, ProblemHttpResult>> SignInAsync(
        SessionRequest? body,
        HttpRequest request,
        DriverSessionService sessions,
        ApiProblems problems,
        CancellationToken cancellationToken)
    {
        if (body?.Code is null)
        {
            return JsonBody.Missing(request, problems);
        }

        try
        {
            var signIn = await sessions.SignInAsync(body.Code.Trim(), cancellationToken);
            return TypedResults.Ok(new SessionResponse(signIn.Token, signIn.ExpiresAtUtc.ToOffset(), signIn.DriverId.ToString(), signIn.PrivacyNoticeAccepted));
        }
        catch (WeChatException ex) when (ex.IsBadLoginCode)
        {
            return problems.Problem(StatusCodes.Status401Unauthorized, "invalid_login_code");
        }
        catch (WeChatException)
        {
            return problems.Problem(StatusCodes.Status503ServiceUnavailable, "wechat_unavailable");
        }
    }
}
