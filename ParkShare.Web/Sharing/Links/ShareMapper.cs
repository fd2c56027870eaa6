using System.Text.Json;
using Microsoft.Extensions.Options;
using ParkShare.Core.Sharing.Links;
using ParkShare.Web.Api;
using ParkShare.Web.Hosting;

namespace ParkShare.Web.Sharing.Links;

/// <summary>A link in its wire shape; the token is read back from its ciphertext only here, for its owner.</summary>
public sealed class ShareMapper(ShareService shares, ShareViewLog views, IOptions<PublicSiteOptions> site, TimeProvider clock)
{
    /// <param name="nowUtc">
    /// The time taken before the link was read, so an end the read did not see as passed is not shown as
    /// passed either (a read stores every expiry it sees); the clock now when not given.
    /// </param>
    public ShareDto ToDto(ShareLink link, bool recordActive, string? token = null, DateTime? nowUtc = null)
    {
        token ??= shares.TokenOf(link);
        var url = token is null ? null : site.Value.SharePage(token);
        var pending = views.Pending(link.Id);
        return new ShareDto(
            link.Id.ToString(),
            link.RecordId.ToString(),
            JsonNamingPolicy.CamelCase.ConvertName(link.StateAt(nowUtc ?? clock.GetUtcNow().UtcDateTime, recordActive, pending).ToString()),
            url,
            url is null ? null : url + "/qr.png",
            url is null ? null : url + "/qr.svg",
            url is null ? null : url + "/poster.png",
            link.CreatedAtUtc.ToOffset(),
            link.ExpiresAtUtc.ToOffset(),
            link.HasPin,
            link.MaxViews,
            link.Views + pending,
            link.ShowPlate,
            link.ShowPhoto,
            link.FirstViewedAtUtc?.ToOffset(),
            link.RevokedAtUtc?.ToOffset(),
            link.PickedUpAtUtc?.ToOffset());
    }
}
