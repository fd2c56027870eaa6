using Microsoft.AspNetCore.DataProtection;

namespace ParkShare.Web.Sharing.Links;

/// <summary>After the right PIN a browser may open the link (and its photo) for 12 hours: a protected cookie scoped to the link's path.</summary>
public sealed class SharePinCookie(IDataProtectionProvider protection, TimeProvider clock)
    : ShareLinkCookie(protection, clock, CookieName, "ParkShare.Sharing.Pin.v1", TimeSpan.FromHours(12))
{
    public const string CookieName = "ps_pin";
}
