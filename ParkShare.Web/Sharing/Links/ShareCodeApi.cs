using Microsoft.AspNetCore.Http.HttpResults;
using ParkShare.Core.Sharing.Links;
using ParkShare.Core.WeChat;
using ParkShare.Web.Api;
using ParkShare.Web.Drivers;
using ParkShare.Web.MiniProgram;
using static ParkShare.Web.Api.CommonProblems;

namespace ParkShare.Web.Sharing.Links;

/// <summary>GET /api/mp/shares/{id}/code: the owner's mini-program code and share-card path for one of their links.</summary>
public static class ShareCodeApi
{
    public static IEndpointRouteBuilder MapShareCodeApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/mp/shares").WithTags("Sharing").RequireAuthorization(DriverPrincipal.Policy);
        group.MapGet("/{id:guid}/code", GetAsync).WithName("GetShareCode")
            .WithSummary("A share link's mini-program code")
            .WithDescription(
                "For the link's owner: the share-card path (pages/share/view?scene=token) and the mini-program code from getwxacodeunlimit with "
                + "page pages/share/view and scene = the token, as a data URL. In the sandbox a plain QR code stands in.")
            .WithExamples(response: ShareViewExamples.Code)
            .ProducesProblems(SignedOut, (404, "share_not_found"), (503, "wechat_unavailable"));
        group.MapMalformedId("GET /{id}/code", "share_not_found");
        return app;
    }

    public static async Task<Results<Ok<ShareCodeDto>, ProblemHttpResult>> GetAsync(
        Guid id, HttpContext context, ShareService shares, IWeChatClient weChat, ApiProblems problems, ILoggerFactory logs)
    {
        var link = await shares.FindAsync(context.User.DriverId(), id, context.RequestAborted);
        if (link is null || shares.TokenOf(link) is not { } token)
        {
            return problems.Problem(StatusCodes.Status404NotFound, "share_not_found");
        }

        try
        {
            var image = await weChat.GetMiniProgramCodeAsync(new MiniProgramCodeRequest(token, MiniProgramOptions.ShareViewPage), context.RequestAborted);
            context.Response.Headers.CacheControl = "private, no-store";
            return TypedResults.Ok(new ShareCodeDto(
                $"{MiniProgramOptions.ShareViewPage}?scene={token}", MiniProgramOptions.ShareViewPage, token,
                $"data:{image.ContentType};base64,{Convert.ToBase64String(image.Bytes)}"));
        }
        catch (WeChatException ex)
        {
            logs.CreateLogger(typeof(ShareCodeApi)).LogWarning("Mini-program code for a share link failed: errcode {ErrorCode}", ex.ErrorCode);
            return problems.Problem(StatusCodes.Status503ServiceUnavailable, "wechat_unavailable");
        }
    }
}
