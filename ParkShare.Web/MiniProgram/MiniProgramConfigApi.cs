using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using ParkShare.Core.WeChat;

namespace ParkShare.Web.MiniProgram;

/// <summary>GET /api/mp/config: what the mini-program needs before anyone signs in.</summary>
public static class MiniProgramConfigApi
{
    public static IEndpointRouteBuilder MapMiniProgramConfigApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/mp").WithTags("Mini-program").AllowAnonymous()
            .MapGet("/config", GetConfig).WithName("MiniProgramConfig");
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
