using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using ParkShare.Core.WeChat;
using ParkShare.Web.Api;

namespace ParkShare.Web.MiniProgram;

/// <summary>GET /api/mp/config: what the mini-program needs before anyone signs in.</summary>
public static class MiniProgramConfigApi
{
    public static IEndpointRouteBuilder MapMiniProgramConfigApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/mp").WithTag("Mini-program", "The mini-program client's own needs: its public configuration and, in the sandbox, the messages WeChat would have delivered.").AllowAnonymous()
            .MapGet("/config", GetConfig).WithName("MiniProgramConfig")
            .WithSummary("Mini-program configuration")
            .WithDescription(
                "Public, before sign-in: the subscribe template ids to pass to wx.requestSubscribeMessage (empty when that channel is off), "
                + "the minimum client version (MiniProgram:MinClientVersion) and whether WeChat runs in the sandbox.")
            .WithExamples(response: new MiniProgramConfigDto(new SubscribeTemplatesDto("sandbox-position-subscribe", "sandbox-notice-subscribe"), "1.0.0", true))
            .ProducesProblems((503, "starting"));
        return app;
    }

    public static Ok<MiniProgramConfigDto> GetConfig(HttpContext context, IOptions<WeChatOptions> weChat, IOptions<MiniProgramOptions> options)
    {
        var templates = weChat.Value.Templates;
        context.Response.Headers.CacheControl = "public, max-age=300";
        return TypedResults.Ok(new MiniProgramConfigDto(
            new SubscribeTemplatesDto(templates.PositionSharedSubscribe, templates.DriverNoticeSubscribe),
            options.Value.MinClientVersion,
            weChat.Value.IsSandbox));
    }
}
