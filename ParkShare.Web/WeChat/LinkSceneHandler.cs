using Microsoft.Extensions.Localization;
using ParkShare.Core.WeChat;

namespace ParkShare.Web.WeChat;

/// <summary>
/// Scene "link:&lt;one-time code&gt;": the mini-program showed this official-account QR to its driver, so
/// whoever scans it (subscribe or SCAN) is that driver on the official account.
/// </summary>
public sealed class LinkSceneHandler(OfficialAccountLinks links, IStringLocalizer<LinkSceneHandler> text) : IOfficialAccountSceneHandler
{
    public string Prefix => OfficialAccountLinkIssue.ScenePrefix;

    public async Task<string?> HandleAsync(OfficialAccountScan scan, CancellationToken cancellationToken)
    {
        var result = await links.LinkAsync(scan.Argument, scan.OpenId, scan.UnionId, cancellationToken);
        return result switch
        {
            OfficialAccountLinkResult.Linked => text["OA.Link.Linked"],
            OfficialAccountLinkResult.AlreadyLinked => text["OA.Link.AlreadyLinked"],
            OfficialAccountLinkResult.OpenIdTaken => text["OA.Link.OpenIdTaken"],
            OfficialAccountLinkResult.DriverLinkedElsewhere => text["OA.Link.DriverLinkedElsewhere"],
            _ => text["OA.Link.CodeInvalid"],
        };
    }
}
