using Microsoft.AspNetCore.DataProtection;

namespace ParkShare.Web.Sharing.Links;

/// <summary>
/// A browser whose view was counted against a link's view limit may, for 30 minutes, still load that
/// page's assets (photo, poster) and say "picked up", even when its view was the last one the link
/// allows. Another browser gets 410 once the limit is used up.
/// </summary>
public sealed class ShareViewGrant(IDataProtectionProvider protection, TimeProvider clock)
    : ShareLinkCookie(protection, clock, CookieName, "ParkShare.Sharing.ViewGrant.v1", TimeSpan.FromMinutes(30))
{
    public const string CookieName = "ps_view";
}
