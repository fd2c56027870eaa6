using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using ParkShare.Core.Drivers;
using ParkShare.Core.WeChat;
using ParkShare.Web.Api;
using ParkShare.Web.Drivers;
using static ParkShare.Web.Api.CommonProblems;

namespace ParkShare.Web.WeChat;

/// <summary>
/// /api/mp/wechat: linking the driver's official-account openid when WeChat gives no unionid. The
/// mini-program shows the returned QR; scanning it in WeChat (follow or SCAN) links the scanner.
/// </summary>
public static class WeChatLinkApi
{
    public const string ShowQrBase = "https://mp.weixin.qq.com/cgi-bin/showqrcode?ticket=";

    public static IEndpointRouteBuilder MapWeChatLinkApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/mp/wechat").WithTag("WeChat", "Linking the mini-program identity with the official account.").RequireAuthorization(DriverPrincipal.Policy).DisableAntiforgery();
        group.MapPost("/link-code", CreateLinkCodeAsync).WithName("CreateOfficialAccountLinkCode")
            .WithSummary("Link my official-account follower")
            .WithDescription(
                "A one-time code (10 minutes, single use; a new one replaces the last) and the official-account QR carrying scene `link:<code>`. "
                + "Scanning it in WeChat, to follow the account or as a follower, links the scanner's official-account openid to this driver, so "
                + "template messages and the account's \"my car\" reach them. Needed only when WeChat gives no unionid. `qrUrl` is the QR's content "
                + "(render it); `qrImageUrl` is WeChat's image of it (Live mode only). Refused when an official-account identity is already linked.")
            .WithExamples(response: new LinkCodeDto(
                "Jq3mW0c1bZ8yT5xQ2nL7vA", "link:Jq3mW0c1bZ8yT5xQ2nL7vA", "http://weixin.qq.com/q/02abcDEF",
                ShowQrBase + "gQH47joAAAAAAAAAASxodHRwOi8vd2VpeGluLnFxLmNvbS9xLzAyYWJj", ApiExamples.Start.AddMinutes(10)))
            .ProducesProblems(SignedOut, (409, "official_account_already_linked"), (503, "wechat_unavailable"));
        return app;
    }

    public static async Task<Results<Ok<LinkCodeDto>, ProblemHttpResult>> CreateLinkCodeAsync(
        HttpContext context, DriverSessionService drivers, OfficialAccountLinks links, IWeChatClient weChat, IOptions<WeChatOptions> options,
        ApiProblems problems, CancellationToken cancellationToken)
    {
        var driver = await drivers.FindDriverAsync(context.User.DriverId(), cancellationToken);
        if (driver is null)
        {
            return problems.Problem(StatusCodes.Status401Unauthorized, "session_required");
        }

        if (driver.OfficialAccountOpenId is not null)
        {
            return problems.Problem(StatusCodes.Status409Conflict, "official_account_already_linked");
        }

        var issue = await links.IssueAsync(driver.Id, cancellationToken);
        try
        {
            var qr = await weChat.CreateOfficialAccountQrAsync(issue.Scene, OfficialAccountLinks.Lifetime, cancellationToken);
            var image = options.Value.IsSandbox ? null : ShowQrBase + Uri.EscapeDataString(qr.Ticket);
            return TypedResults.Ok(new LinkCodeDto(issue.Code, issue.Scene, qr.Url, image, issue.ExpiresAtUtc.ToOffset()));
        }
        catch (WeChatException)
        {
            return problems.Problem(StatusCodes.Status503ServiceUnavailable, "wechat_unavailable");
        }
    }
}
